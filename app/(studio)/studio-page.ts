import "server-only";
import { oneParam } from "@/components/media/starting-point";
import { startingPointFor } from "@/lib/dal/lineage";
import { listTasksForUser } from "@/lib/dal/tasks";
import type { Category } from "@/lib/ops/types";
import { TASK_PAGE_SIZE } from "@/lib/queries/page-sizes";
import { requireUser } from "@/lib/session";
import { submitTaskAction } from "./actions";

export type StudioSearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * What every create page needs: the caller's first page of tasks in the category and, for
 * `?op=&from=<assetId>`, the form started from that result. `key` remounts the studio per start.
 */
export async function loadStudioPage(category: Category, searchParams: StudioSearchParams) {
  const user = await requireUser();
  const params = await searchParams;
  // `?model=` is the older spelling of `?op=` (Image); links made before the rename keep working.
  const operationId = oneParam(params.op) ?? oneParam(params.model);
  const from = oneParam(params.from);
  const [initialPage, start] = await Promise.all([
    listTasksForUser(user.id, { limit: TASK_PAGE_SIZE, category }),
    startingPointFor(user.id, operationId, from),
  ]);
  return {
    key: `${operationId ?? ""}:${from ?? ""}`,
    props: {
      initialOperationId: operationId,
      initialValues: start.initialValues,
      source: start.source,
      initialPage,
      submit: submitTaskAction,
    },
  };
}
