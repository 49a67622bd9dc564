import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TaskDetail } from "@/components/tasks/task-detail";
import { getTaskLineage } from "@/lib/dal/lineage";
import { requireUser } from "@/lib/session";

export const metadata: Metadata = { title: "Task" };

type TaskPageProps = { params: Promise<{ id: string }> };

export default async function TaskPage({ params }: TaskPageProps) {
  const user = await requireUser();
  const { id } = await params;
  // Another user's task is simply not found, like one that never existed.
  const lineage = await getTaskLineage(user.id, id);
  if (!lineage) notFound();
  return <TaskDetail lineage={lineage} />;
}
