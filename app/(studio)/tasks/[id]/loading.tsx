import { TaskDetailSkeleton } from "@/components/tasks/page-skeletons";

export default function Loading() {
  return <TaskDetailSkeleton />;
}
