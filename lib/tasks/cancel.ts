import "server-only";
import { settleTaskCharge } from "@/lib/budgets/settle";
import { polledTask } from "@/lib/dal/polled-task";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Task } from "@/lib/generated/prisma/client";
import { TERMINAL_STATES } from "@/lib/ops/types";
import { CANCELABLE_STATES, CANCELED_QUEUED_NOTE, STOPPED_TRACKING_NOTE } from "./cancel-text";

/** Read by the budget settlement: the hold stays counted, since Kie may still bill the task. */
export const STOPPED_TRACKING_CODE = "stopped_tracking";

/** States in which the create may already have reached Kie: canceling only stops our tracking. */
const SENT_STATES = CANCELABLE_STATES.filter((s) => s !== "queued");

export type CancelOutcome = { task: Task; sentToKie: boolean };

/**
 * Cancels one of the user's tasks. A queued task was never sent, so it ends with nothing spent and
 * its budget hold released. A sent task cannot be stopped at Kie: we stop polling it and say so.
 * Each transition is one conditional UPDATE, so a dispatcher or poller racing it cannot resurrect it.
 */
export async function cancelTask(userId: string, taskId: string): Promise<CancelOutcome> {
  const task = await db.task.findFirst({ where: { id: taskId, userId } });
  if (!task) throw new AppError("not_found", "Task not found", { status: 404 });
  const now = new Date();
  const stopped = { finishedAt: now, nextPollAt: null, leaseOwner: null, leaseUntil: null };

  const fromQueue = await db.task.updateMany({
    where: { id: task.id, state: "queued" },
    data: { ...stopped, state: "canceled", statusNote: CANCELED_QUEUED_NOTE },
  });
  if (fromQueue.count === 1) return settled(userId, task.id, false);

  const fromKie = await db.task.updateMany({
    where: { id: task.id, state: { in: SENT_STATES } },
    data: {
      ...stopped,
      state: "canceled",
      statusNote: STOPPED_TRACKING_NOTE,
      errorCode: STOPPED_TRACKING_CODE,
      errorMessage: STOPPED_TRACKING_NOTE,
    },
  });
  if (fromKie.count === 1) return settled(userId, task.id, true);

  const current = await db.task.findUniqueOrThrow({ where: { id: task.id } });
  throw new AppError("task_finished", alreadyOver(current.state), { status: 409 });
}

async function settled(userId: string, id: string, sentToKie: boolean): Promise<CancelOutcome> {
  polledTask.forget(userId, id);
  await settleTaskCharge(id);
  return { task: await db.task.findUniqueOrThrow({ where: { id } }), sentToKie };
}

function alreadyOver(state: string): string {
  if (state === "canceled") return "This task is already canceled.";
  if ((TERMINAL_STATES as readonly string[]).includes(state))
    return `This task already ${state === "succeeded" ? "succeeded" : "failed"}; there is nothing to cancel.`;
  return "This task cannot be canceled right now.";
}
