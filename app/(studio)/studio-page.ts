import "server-only";
import { oneParam } from "@/components/media/starting-point";
import { getSourceForUser } from "@/lib/dal/assets";
import { type StartingPoint, startingPointFor } from "@/lib/dal/lineage";
import { getTaskForUser, listTasksForUser } from "@/lib/dal/tasks";
import { acceptsSource } from "@/lib/ops/follow-ups";
import { getOperation } from "@/lib/ops/registry";
import type { Category } from "@/lib/ops/types";
import { TASK_PAGE_SIZE } from "@/lib/queries/page-sizes";
import { requireUser } from "@/lib/session";
import { submitTaskAction } from "./actions";

export type StudioSearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * "Use these settings" (`?op=<id>&settings=<taskId>`): the form pre-filled with one of the caller's
 * earlier tasks' input, and started from the same source when it had one (so lineage carries on).
 * Another user's task, or a task of another operation or page, opens the form blank.
 */
async function settingsOf(
  userId: string,
  category: Category,
  operationId: string | undefined,
  taskId: string,
): Promise<StartingPoint & { operationId?: string }> {
  const task = await getTaskForUser(userId, taskId);
  const op = task ? getOperation(task.operationId) : undefined;
  if (!task || !op || op.category !== category || (operationId && operationId !== op.id)) return {};
  // An input saved under an older version of the operation still opens: the form shows what no longer fits.
  const parsed = op.input.safeParse(task.input);
  const initialValues = (parsed.success ? parsed.data : task.input) as Record<string, unknown>;
  const source =
    op.source && task.parentAssetId ? await getSourceForUser(userId, task.parentAssetId) : undefined;
  return {
    operationId: op.id,
    initialValues,
    source: source && acceptsSource(op, source.ref) ? source : undefined,
  };
}

/**
 * What every create page needs: the caller's first page of tasks in the category and, for
 * `?op=&from=<assetId>`, the form started from that result, or for `?op=&settings=<taskId>`, the
 * form filled with an earlier task's settings. `key` remounts the studio per start.
 */
export async function loadStudioPage(category: Category, searchParams: StudioSearchParams) {
  const user = await requireUser();
  const params = await searchParams;
  // `?model=` is the older spelling of `?op=` (Image); links made before the rename keep working.
  const requestedOp = oneParam(params.op) ?? oneParam(params.model);
  const from = oneParam(params.from);
  const settings = oneParam(params.settings);
  const [initialPage, start] = await Promise.all([
    listTasksForUser(user.id, { limit: TASK_PAGE_SIZE, category }),
    settings
      ? settingsOf(user.id, category, requestedOp, settings)
      : startingPointFor(user.id, requestedOp, from).then((s) => ({ ...s, operationId: requestedOp })),
  ]);
  const operationId = start.operationId ?? requestedOp;
  return {
    key: `${operationId ?? ""}:${from ?? ""}:${settings ?? ""}`,
    props: {
      initialOperationId: operationId,
      initialValues: start.initialValues,
      source: start.source,
      initialPage,
      submit: submitTaskAction,
    },
  };
}
