import type { Metadata } from "next";
import { ImageStudio } from "@/components/media/image-studio";
import { oneParam } from "@/components/media/starting-point";
import { PageHeader } from "@/components/tasks/page-header";
import { startingPointFor } from "@/lib/dal/lineage";
import { listTasksForUser } from "@/lib/dal/tasks";
import { TASK_PAGE_SIZE } from "@/lib/queries/page-sizes";
import { requireUser } from "@/lib/session";
import { submitTaskAction } from "../actions";

export const metadata: Metadata = { title: "Image" };

type ImagePageProps = {
  searchParams: Promise<Record<"op" | "model" | "from", string | string[] | undefined>>;
};

export default async function ImagePage({ searchParams }: ImagePageProps) {
  const user = await requireUser();
  const params = await searchParams;
  // `?model=` is the older spelling of `?op=`; links made before the rename keep working.
  const operationId = oneParam(params.op) ?? oneParam(params.model);
  const [initialPage, start] = await Promise.all([
    listTasksForUser(user.id, { limit: TASK_PAGE_SIZE, category: "image" }),
    startingPointFor(user.id, operationId, oneParam(params.from)),
  ]);
  return (
    <>
      <PageHeader
        title="Image"
        description="Pick a model, describe the picture and compare the results side by side."
      />
      <ImageStudio
        key={`${operationId ?? ""}:${oneParam(params.from) ?? ""}`}
        initialOperationId={operationId}
        initialValues={start.initialValues}
        source={start.source}
        initialPage={initialPage}
        submit={submitTaskAction}
      />
    </>
  );
}
