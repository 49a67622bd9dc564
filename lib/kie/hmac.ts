import { createHmac, timingSafeEqual } from "node:crypto";

export const SIGNATURE_WINDOW_SEC = 300;

/** Kie signs `${taskId}.${timestamp}` (not the body) with the account's webhook key, base64 HMAC-SHA256. */
export function signKieWebhook(key: string, taskId: string, timestampSec: number | string): string {
  return createHmac("sha256", key).update(`${taskId}.${timestampSec}`).digest("base64");
}

export function verifyKieWebhook(opts: {
  key: string;
  taskId: string | undefined;
  timestamp: string | null;
  signature: string | null;
  nowSec?: number;
}): boolean {
  const { key, taskId, timestamp, signature } = opts;
  if (!taskId || !timestamp || !signature || !/^\d{1,12}$/.test(timestamp)) return false;
  const now = opts.nowSec ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - Number(timestamp)) > SIGNATURE_WINDOW_SEC) return false;
  const expected = Buffer.from(signKieWebhook(key, taskId, timestamp), "base64");
  let given: Buffer;
  try {
    given = Buffer.from(signature, "base64");
  } catch {
    return false;
  }
  return given.length === expected.length && timingSafeEqual(given, expected);
}
