import type { Metadata } from "next";
import { ImageStudio } from "@/components/media/image-studio";
import { PageHeader } from "@/components/tasks/page-header";
import { listTasksForUser } from "@/lib/dal/tasks";
import { TASK_PAGE_SIZE } from "@/lib/queries/page-sizes";
import { requireUser } from "@/lib/session";
import { submitTaskAction } from "../actions";

export const metadata: Metadata = { title: "Image" };

type ImagePageProps = { searchParams: Promise<{ model?: string | string[] }> };

export default async function ImagePage({ searchParams }: ImagePageProps) {
  const user = await requireUser();
  const { model } = await searchParams;
  const initialPage = await listTasksForUser(user.id, { limit: TASK_PAGE_SIZE, category: "image" });
  return (
    <>
      <PageHeader
        title="Image"
        description="Pick a model, describe the picture and compare the results side by side."
      />
      <ImageStudio
        initialOperationId={typeof model === "string" ? model : undefined}
        initialPage={initialPage}
        submit={submitTaskAction}
      />
    </>
  );
}
