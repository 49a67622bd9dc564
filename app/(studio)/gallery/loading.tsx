import { GalleryPageSkeleton } from "@/components/tasks/page-skeletons";

export default function Loading() {
  return <GalleryPageSkeleton />;
}
