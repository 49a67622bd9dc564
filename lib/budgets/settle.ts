import "server-only";
import { db } from "@/lib/db";
import { finalCharge } from "./arithmetic";
import { adjustCounters } from "./holders";

/**
 * Once a task is over, replaces its hold with what Kie actually charged (usage moves by
 * charged − estimate), or releases it when Kie did not bill a failure. Idempotent: the hold is
 * claimed by one conditional UPDATE, so a callback and a poll settling together count once.
 */
export async function settleTaskCharge(taskId: string): Promise<void> {
  const hold = await db.budgetHold.findUnique({ where: { taskId } });
  if (hold?.state !== "held") return;
  const task = await db.task.findUnique({
    where: { id: taskId },
    select: { state: true, creditsCharged: true, errorCode: true },
  });
  if (!task) return;
  const final = finalCharge(task, hold.amount);
  if (!final) return;
  const claimed = await db.budgetHold.updateMany({
    where: { taskId, state: "held" },
    data: { state: final.state, charged: final.charged, settledAt: new Date() },
  });
  if (claimed.count !== 1) return;
  await adjustCounters(hold.budgetIds.split(",").filter(Boolean), hold, final.charged - hold.amount);
}

/**
 * Settles holds whose task ended on a path that does not settle by itself (e.g. the reconciler
 * failing unconfirmed tasks in bulk). Run from the reconciler; cheap when nothing is due.
 */
export async function settleFinishedHolds(limit = 50): Promise<number> {
  const holds = await db.budgetHold.findMany({
    where: { state: "held" },
    select: { taskId: true },
    orderBy: { createdAt: "asc" },
    take: 500,
  });
  if (holds.length === 0) return 0;
  const finished = await db.task.findMany({
    where: { id: { in: holds.map((h) => h.taskId) }, state: { in: ["succeeded", "failed", "canceled"] } },
    select: { id: true },
    take: limit,
  });
  for (const t of finished) await settleTaskCharge(t.id);
  return finished.length;
}
