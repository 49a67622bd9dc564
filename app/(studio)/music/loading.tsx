import { MusicPageSkeleton } from "@/components/tasks/page-skeletons";

export default function Loading() {
  return <MusicPageSkeleton />;
}
