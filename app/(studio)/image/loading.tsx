import { ImagePageSkeleton } from "@/components/tasks/page-skeletons";

export default function Loading() {
  return <ImagePageSkeleton />;
}
