import type { Metadata } from "next";
import { AudioStudio } from "@/components/media/audio-studio";
import { PageHeader } from "@/components/tasks/page-header";
import { loadStudioPage, type StudioSearchParams } from "../studio-page";

export const metadata: Metadata = { title: "Audio" };

export default async function AudioPage({ searchParams }: { searchParams: StudioSearchParams }) {
  const { key, props } = await loadStudioPage("audio", searchParams);
  return (
    <>
      <PageHeader
        title="Audio"
        description="Speech, dialogue, sound effects and transcripts from ElevenLabs."
      />
      <AudioStudio key={key} {...props} />
    </>
  );
}
