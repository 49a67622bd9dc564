import type { Metadata } from "next";
import { MusicStudio } from "@/components/tasks/music-studio";
import { PageHeader } from "@/components/tasks/page-header";
import { loadStudioPage, type StudioSearchParams } from "../studio-page";

export const metadata: Metadata = { title: "Music" };

export default async function MusicPage({ searchParams }: { searchParams: StudioSearchParams }) {
  const { key, props } = await loadStudioPage("music", searchParams);
  return (
    <>
      <PageHeader
        title="Music"
        description="Write a song, then keep going: extend it, cover it, split it into stems or give it a video."
      />
      <MusicStudio key={key} {...props} />
    </>
  );
}
