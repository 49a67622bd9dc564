import { AudioPageSkeleton } from "@/components/tasks/page-skeletons";

export default function Loading() {
  return <AudioPageSkeleton />;
}
