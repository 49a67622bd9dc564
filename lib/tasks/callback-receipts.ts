import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { SIGNATURE_WINDOW_SEC } from "@/lib/kie/hmac";

/**
 * Kie's signature covers only `taskId.timestamp`, so that pair identifies a signed request. Keyed
 * on it rather than on the signature text, a re-encoded signature (padding, whitespace) is still
 * recognized as the same request.
 */
export function receiptKey(kieTaskId: string, timestamp: string): string {
  return createHash("sha256").update(`${kieTaskId}.${timestamp}`).digest("hex");
}

/**
 * Records a verified callback. Returns false when the same signed request was accepted before
 * (a replay): the primary key lets exactly one of any number of concurrent deliveries through.
 */
export async function recordReceipt(kieTaskId: string, timestamp: string): Promise<boolean> {
  // Kept past the window on both sides of the timestamp: a signature is accepted up to that late.
  const expiresAt = new Date((Number(timestamp) + SIGNATURE_WINDOW_SEC + 60) * 1000);
  try {
    await db.callbackReceipt.create({
      data: { key: receiptKey(kieTaskId, timestamp), kieTaskId, expiresAt },
    });
    return true;
  } catch (err) {
    if ((err as { code?: string }).code === "P2002") return false;
    throw err;
  }
}

/** Drops receipts whose signatures can no longer verify anyway. Run from the reconciler tick. */
export async function pruneReceipts(now = new Date()): Promise<number> {
  const { count } = await db.callbackReceipt.deleteMany({ where: { expiresAt: { lt: now } } });
  return count;
}
