import "server-only";
import { db } from "@/lib/db";
import { acceptsSource, prefillFrom } from "@/lib/ops/follow-ups";
import { getOperation } from "@/lib/ops/registry";
import { type AssetView, getSourceForUser, type SourceView, toAssetView } from "./assets";
import { type TaskView, toTaskView } from "./tasks";

export type TaskLedger = {
  kieTaskId: string | null;
  costEstimate: number;
  creditsCharged: number | null;
  submittedAt: string | null;
};

export type TaskLineage = {
  task: TaskView;
  ledger: TaskLedger;
  /** The task and result this one was started from, when it still exists and is the caller's. */
  parent: { task: TaskView; asset: AssetView | null } | null;
  /** Tasks started from this one's results, newest first. */
  children: TaskView[];
};

const CHILDREN_SHOWN = 50;

/** A task with where it came from and what was made from it; another user's task is not found. */
export async function getTaskLineage(userId: string, taskId: string): Promise<TaskLineage | null> {
  const row = await db.task.findFirst({ where: { id: taskId, userId }, include: { assets: true } });
  if (!row) return null;

  const parentAsset = row.parentAssetId
    ? await db.asset.findFirst({ where: { id: row.parentAssetId, userId } })
    : null;
  const parentTaskId = row.parentTaskId ?? parentAsset?.taskId ?? null;
  const [parentTask, children] = await Promise.all([
    parentTaskId
      ? db.task.findFirst({ where: { id: parentTaskId, userId }, include: { assets: true } })
      : null,
    db.task.findMany({
      where: { userId, parentTaskId: row.id },
      include: { assets: true },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: CHILDREN_SHOWN,
    }),
  ]);

  return {
    task: toTaskView(row),
    ledger: {
      kieTaskId: row.kieTaskId,
      costEstimate: row.costEstimate,
      creditsCharged: row.creditsCharged,
      submittedAt: row.submittedAt?.toISOString() ?? null,
    },
    parent: parentTask
      ? {
          task: toTaskView(parentTask),
          asset: parentAsset?.status === "mirrored" ? toAssetView(parentAsset) : null,
        }
      : null,
    children: children.map(toTaskView),
  };
}

export type StartingPoint = {
  initialValues?: Record<string, unknown>;
  source?: SourceView;
};

/**
 * What a page opened as `?op=<id>&from=<assetId>` pre-fills: the operation's input worked out from
 * the caller's own result. Someone else's asset, or one the operation cannot start from, is ignored
 * and the form opens blank.
 */
export async function startingPointFor(
  userId: string,
  operationId: string | undefined,
  from: string | undefined,
): Promise<StartingPoint> {
  const op = operationId ? getOperation(operationId) : undefined;
  if (!op?.source || !from) return {};
  // The view drops provider URLs from the source's meta: it is handed to the browser.
  const source = await getSourceForUser(userId, from);
  if (!source || !acceptsSource(op, source.ref)) return {};
  return { initialValues: prefillFrom(op, source.ref), source };
}
