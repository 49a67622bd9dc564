import type { Metadata } from "next";
import { MusicStudio } from "@/components/tasks/music-studio";
import { PageHeader } from "@/components/tasks/page-header";
import { listTasksForUser } from "@/lib/dal/tasks";
import { TASK_PAGE_SIZE } from "@/lib/queries/page-sizes";
import { requireUser } from "@/lib/session";
import { submitTaskAction } from "../actions";

export const metadata: Metadata = { title: "Music" };

export default async function MusicPage() {
  const user = await requireUser();
  const initialPage = await listTasksForUser(user.id, { limit: TASK_PAGE_SIZE, category: "music" });
  return (
    <>
      <PageHeader
        title="Music"
        description="Write a prompt or your own lyrics and get two full takes of a song."
      />
      <MusicStudio initialPage={initialPage} submit={submitTaskAction} />
    </>
  );
}
