import "server-only";
import { db } from "@/lib/db";
import type { Asset, Task } from "@/lib/generated/prisma/client";
import { getOperation } from "@/lib/ops/registry";
import { type AssetView, toAssetView } from "./assets";

export type TaskView = {
  id: string;
  operationId: string;
  operationTitle: string;
  model: string;
  category: string;
  state: string;
  progress: number | null;
  note: string | null;
  error: { code: string; message: string } | null;
  input: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
  outputs: AssetView[];
  pendingOutputs: number;
  /** Where it came from (both the caller's own: checked at submit). */
  parentTaskId: string | null;
  parentAssetId: string | null;
};

export function toTaskView(task: Task & { assets: Asset[] }): TaskView {
  const op = getOperation(task.operationId);
  const assets = [...task.assets].sort((a, b) =>
    a.outputKey.localeCompare(b.outputKey, "en", { numeric: true }),
  );
  return {
    id: task.id,
    operationId: task.operationId,
    operationTitle: op?.title ?? task.operationId,
    model: op?.model ?? "",
    category: task.category,
    parentTaskId: task.parentTaskId,
    parentAssetId: task.parentAssetId,
    state: task.state,
    progress: task.progress,
    note: task.statusNote,
    error: task.errorCode ? { code: task.errorCode, message: task.errorMessage ?? "Failed" } : null,
    input: JSON.parse(task.input) as Record<string, unknown>,
    createdAt: task.createdAt.toISOString(),
    updatedAt: task.updatedAt.toISOString(),
    finishedAt: task.finishedAt?.toISOString() ?? null,
    outputs: assets.filter((a) => a.status === "mirrored").map(toAssetView),
    pendingOutputs: assets.filter((a) => a.status === "pending").length,
  };
}

/** Another user's task is simply not found. */
export async function getTaskForUser(userId: string, id: string): Promise<TaskView | null> {
  const task = await db.task.findFirst({ where: { id, userId }, include: { assets: true } });
  return task ? toTaskView(task) : null;
}

export async function listTasksForUser(
  userId: string,
  opts: { cursor?: string; limit: number; category?: string },
): Promise<{ items: TaskView[]; nextCursor: string | null }> {
  const rows = await db.task.findMany({
    where: { userId, ...(opts.category ? { category: opts.category } : {}) },
    include: { assets: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: opts.limit + 1,
    ...(opts.cursor ? { cursor: { id: opts.cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, opts.limit);
  return {
    items: page.map(toTaskView),
    nextCursor: rows.length > opts.limit ? page[page.length - 1].id : null,
  };
}
