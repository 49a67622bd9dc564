import { VideoPageSkeleton } from "@/components/tasks/page-skeletons";

export default function Loading() {
  return <VideoPageSkeleton />;
}
