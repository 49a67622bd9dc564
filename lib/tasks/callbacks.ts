import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { verifyKieWebhook } from "@/lib/kie/hmac";
import { callbackTaskId } from "@/lib/ops/status";
import { recordReceipt } from "./callback-receipts";
import { wakeReconciler } from "./reconciler";

const TOKEN = /^[A-Za-z0-9_-]{20,64}$/;

/**
 * A callback is only a hint: when it checks out, the task is polled now and the status is re-read
 * from Kie before any result URL is trusted. Anything that does not check out changes nothing:
 * an unknown token, a task id that is not this task's, a missing, forged or stale signature, or
 * a signed request already accepted once (a replay). Canceled tasks are never woken.
 */
export async function acceptCallback(token: string, headers: Headers, body: unknown): Promise<boolean> {
  if (!TOKEN.test(token)) return false;
  const task = await db.task.findUnique({ where: { callbackToken: token } });
  if (!task) return false;
  const kieTaskId = callbackTaskId(body);
  if (task.kieTaskId && kieTaskId && task.kieTaskId !== kieTaskId) return false;
  if (env.KIE_WEBHOOK_HMAC_KEY) {
    const timestamp = headers.get("x-webhook-timestamp");
    const ok = verifyKieWebhook({
      key: env.KIE_WEBHOOK_HMAC_KEY,
      taskId: kieTaskId,
      timestamp,
      signature: headers.get("x-webhook-signature"),
    });
    // Checked last: only a request that would otherwise be accepted spends its one receipt.
    if (!ok || !kieTaskId || !timestamp || !(await recordReceipt(kieTaskId, timestamp))) return false;
  }

  if (task.state === "unknown" && kieTaskId) {
    // The create reached Kie after all; its callback names the task.
    await db.task.updateMany({
      where: { id: task.id, state: "unknown" },
      data: {
        state: "submitted",
        kieTaskId,
        submittedAt: new Date(),
        nextPollAt: new Date(),
        statusNote: null,
      },
    });
  } else {
    await db.task.updateMany({
      where: { id: task.id, state: { in: ["submitted", "running", "partial"] } },
      data: { nextPollAt: new Date() },
    });
  }
  wakeReconciler();
  return true;
}
