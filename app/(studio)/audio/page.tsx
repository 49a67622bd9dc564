import type { Metadata } from "next";
import { AudioStudio } from "@/components/media/audio-studio";
import { oneParam } from "@/components/media/starting-point";
import { PageHeader } from "@/components/tasks/page-header";
import { startingPointFor } from "@/lib/dal/lineage";
import { listTasksForUser } from "@/lib/dal/tasks";
import { TASK_PAGE_SIZE } from "@/lib/queries/page-sizes";
import { requireUser } from "@/lib/session";
import { submitTaskAction } from "../actions";

export const metadata: Metadata = { title: "Audio" };

type AudioPageProps = { searchParams: Promise<Record<"op" | "from", string | string[] | undefined>> };

export default async function AudioPage({ searchParams }: AudioPageProps) {
  const user = await requireUser();
  const params = await searchParams;
  const operationId = oneParam(params.op);
  const from = oneParam(params.from);
  const [initialPage, start] = await Promise.all([
    listTasksForUser(user.id, { limit: TASK_PAGE_SIZE, category: "audio" }),
    startingPointFor(user.id, operationId, from),
  ]);
  return (
    <>
      <PageHeader
        title="Audio"
        description="Speech, dialogue, sound effects and transcripts from ElevenLabs."
      />
      <AudioStudio
        key={`${operationId ?? ""}:${from ?? ""}`}
        initialOperationId={operationId}
        initialValues={start.initialValues}
        source={start.source}
        initialPage={initialPage}
        submit={submitTaskAction}
      />
    </>
  );
}
