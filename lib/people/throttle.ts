import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";

export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;

export type ThrottleState = { limited: false } | { limited: true; retryAfterMs: number };

/** The throttle is per (email, client IP); only a hash of the pair is stored. */
export function throttleKey(email: string, ip: string): string {
  return createHash("sha256").update(`${email.trim().toLowerCase()}|${ip}`).digest("hex");
}

/** Best-effort client address from proxy headers; "unknown" when there are none. */
export function clientIp(headers: Headers): string {
  const realIp = headers.get("x-real-ip")?.trim();
  if (realIp) return realIp;
  const first = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return first || "unknown";
}

export async function checkLoginThrottle(key: string, now = new Date()): Promise<ThrottleState> {
  const row = await db.loginThrottle.findUnique({ where: { key } });
  if (row?.lockedUntil && row.lockedUntil > now) {
    return { limited: true, retryAfterMs: row.lockedUntil.getTime() - now.getTime() };
  }
  return { limited: false };
}

/**
 * Counts one failure. Each step is a single conditional statement (no interactive transaction,
 * see ENVIRONMENT.md), so concurrent failures are all counted.
 */
export async function recordLoginFailure(key: string, now = new Date()): Promise<ThrottleState> {
  const windowStart = new Date(now.getTime() - WINDOW_MS);
  await countFailure(key, now, windowStart);
  const lockedUntil = new Date(now.getTime() + WINDOW_MS);
  await db.loginThrottle.updateMany({
    where: {
      key,
      failures: { gte: MAX_FAILURES },
      OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }],
    },
    data: { lockedUntil },
  });
  return checkLoginThrottle(key, now);
}

async function countFailure(key: string, now: Date, windowStart: Date, retry = true): Promise<void> {
  const inWindow = await db.loginThrottle.updateMany({
    where: { key, windowStart: { gte: windowStart } },
    data: { failures: { increment: 1 } },
  });
  if (inWindow.count > 0) return;
  const restarted = await db.loginThrottle.updateMany({
    where: { key, windowStart: { lt: windowStart } },
    data: { failures: 1, windowStart: now, lockedUntil: null },
  });
  if (restarted.count > 0) return;
  try {
    await db.loginThrottle.create({ data: { key, failures: 1, windowStart: now } });
  } catch (error) {
    // Another request created the row first: count against it instead.
    if (retry && isUniqueViolation(error)) return countFailure(key, now, windowStart, false);
    throw error;
  }
}

export async function resetLoginThrottle(key: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key } });
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}
