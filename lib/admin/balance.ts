import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { BalanceSnapshot } from "@/lib/generated/prisma/client";
import { kieRequest } from "@/lib/kie/client";
import { KieError } from "@/lib/kie/errors";

/** Kie's live credit balance (`GET /api/v1/chat/credit`: `data` is a number, possibly fractional). */
export async function fetchKieBalance(): Promise<number> {
  const res = await kieRequest<unknown>({ method: "GET", path: "/api/v1/chat/credit", timeoutMs: 15_000 });
  const credits = typeof res.data === "string" ? Number(res.data) : res.data;
  if (typeof credits !== "number" || !Number.isFinite(credits)) {
    throw new KieError("bad_response", "The credit balance was not a number", { mayHaveReachedKie: false });
  }
  return credits;
}

export async function recordBalanceSnapshot(source: "schedule" | "admin"): Promise<BalanceSnapshot> {
  const credits = await fetchKieBalance();
  return db.balanceSnapshot.create({ data: { credits, source } });
}

export function latestBalanceSnapshot(): Promise<BalanceSnapshot | null> {
  return db.balanceSnapshot.findFirst({ orderBy: { takenAt: "desc" } });
}

/**
 * Records the balance when the last snapshot is older than BALANCE_SNAPSHOT_MINUTES. Decided from
 * the database, not process memory, so restarts and several instances keep one cadence.
 */
export async function snapshotBalanceIfDue(now = new Date()): Promise<BalanceSnapshot | null> {
  const latest = await latestBalanceSnapshot();
  const dueAfter = env.BALANCE_SNAPSHOT_MINUTES * 60_000;
  if (latest && now.getTime() - latest.takenAt.getTime() < dueAfter) return null;
  return recordBalanceSnapshot("schedule");
}

export function isLowBalance(credits: number): boolean {
  return credits < env.LOW_BALANCE_CREDITS;
}
