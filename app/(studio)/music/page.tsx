import type { Metadata } from "next";
import { oneParam } from "@/components/media/starting-point";
import { MusicStudio } from "@/components/tasks/music-studio";
import { PageHeader } from "@/components/tasks/page-header";
import { startingPointFor } from "@/lib/dal/lineage";
import { listTasksForUser } from "@/lib/dal/tasks";
import { TASK_PAGE_SIZE } from "@/lib/queries/page-sizes";
import { requireUser } from "@/lib/session";
import { submitTaskAction } from "../actions";

export const metadata: Metadata = { title: "Music" };

type MusicPageProps = { searchParams: Promise<Record<"op" | "from", string | string[] | undefined>> };

export default async function MusicPage({ searchParams }: MusicPageProps) {
  const user = await requireUser();
  const params = await searchParams;
  const operationId = oneParam(params.op);
  const from = oneParam(params.from);
  const [initialPage, start] = await Promise.all([
    listTasksForUser(user.id, { limit: TASK_PAGE_SIZE, category: "music" }),
    startingPointFor(user.id, operationId, from),
  ]);
  return (
    <>
      <PageHeader
        title="Music"
        description="Write a song, then keep going: extend it, cover it, split it into stems or give it a video."
      />
      <MusicStudio
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
