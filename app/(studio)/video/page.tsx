import type { Metadata } from "next";
import { oneParam } from "@/components/media/starting-point";
import { VideoStudio } from "@/components/media/video-studio";
import { PageHeader } from "@/components/tasks/page-header";
import { startingPointFor } from "@/lib/dal/lineage";
import { listTasksForUser } from "@/lib/dal/tasks";
import { TASK_PAGE_SIZE } from "@/lib/queries/page-sizes";
import { requireUser } from "@/lib/session";
import { submitTaskAction } from "../actions";

export const metadata: Metadata = { title: "Video" };

type VideoPageProps = { searchParams: Promise<Record<"op" | "from", string | string[] | undefined>> };

export default async function VideoPage({ searchParams }: VideoPageProps) {
  const user = await requireUser();
  const params = await searchParams;
  const operationId = oneParam(params.op);
  const from = oneParam(params.from);
  const [initialPage, start] = await Promise.all([
    listTasksForUser(user.id, { limit: TASK_PAGE_SIZE, category: "video" }),
    startingPointFor(user.id, operationId, from),
  ]);
  return (
    <>
      <PageHeader
        title="Video"
        description="Pick a model from Veo, Runway, Kling and more, describe the shot and watch the clips."
      />
      <VideoStudio
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
