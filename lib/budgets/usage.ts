import "server-only";
import { db } from "@/lib/db";
import { getOperation } from "@/lib/ops/registry";
import { type LedgerStatus, ledgerAmount } from "./arithmetic";

export type UsageLine = {
  taskId: string;
  title: string;
  state: string;
  estimate: number;
  credits: number;
  status: LedgerStatus;
  createdAt: Date;
};

/** The caller's own most recent tasks with what each holds or cost. */
export async function recentUsage(userId: string, take = 20): Promise<UsageLine[]> {
  const tasks = await db.task.findMany({
    where: { userId },
    select: {
      id: true,
      operationId: true,
      state: true,
      costEstimate: true,
      creditsCharged: true,
      errorCode: true,
      createdAt: true,
    },
    orderBy: { createdAt: "desc" },
    take,
  });
  return tasks.map((t) => ({
    taskId: t.id,
    title: getOperation(t.operationId)?.title ?? t.operationId,
    state: t.state,
    estimate: t.costEstimate,
    ...ledgerAmount(t),
    createdAt: t.createdAt,
  }));
}
