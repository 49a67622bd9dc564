import type { Metadata } from "next";
import { PageHeader } from "@/components/tasks/page-header";
import { TasksTable } from "@/components/tasks/tasks-table";
import { listTasksForUser } from "@/lib/dal/tasks";
import { TASK_PAGE_SIZE } from "@/lib/queries/page-sizes";
import { requireUser } from "@/lib/session";

export const metadata: Metadata = { title: "Tasks" };

export default async function TasksPage() {
  const user = await requireUser();
  const initialPage = await listTasksForUser(user.id, { limit: TASK_PAGE_SIZE });
  return (
    <>
      <PageHeader
        title="Tasks"
        description="Every generation you started, with its status, timing and any error."
      />
      <TasksTable initialPage={initialPage} />
    </>
  );
}
