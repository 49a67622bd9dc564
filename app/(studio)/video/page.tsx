import type { Metadata } from "next";
import { VideoStudio } from "@/components/media/video-studio";
import { PageHeader } from "@/components/tasks/page-header";
import { loadStudioPage, type StudioSearchParams } from "../studio-page";

export const metadata: Metadata = { title: "Video" };

export default async function VideoPage({ searchParams }: { searchParams: StudioSearchParams }) {
  const { key, props } = await loadStudioPage("video", searchParams);
  return (
    <>
      <PageHeader
        title="Video"
        description="Pick a model from Veo, Runway, Kling and more, describe the shot and watch the clips."
      />
      <VideoStudio key={key} {...props} />
    </>
  );
}
