import { TasksPageSkeleton } from "@/components/tasks/page-skeletons";

export default function Loading() {
  return <TasksPageSkeleton />;
}
