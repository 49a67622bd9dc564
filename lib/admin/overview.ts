import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { BalanceSnapshot } from "@/lib/generated/prisma/client";
import { latestBalanceSnapshot, recordBalanceSnapshot } from "./balance";
import { type DriftInterval, detectDrift } from "./drift";
import { type OperationHealth, operationHealth } from "./health";
import { ledgerEntries } from "./ledger";
import {
  burnRatePerDay,
  daysLeft,
  type SpendGroup,
  spendByDay,
  spendByOperation,
  spendByTeam,
  spendByUser,
  totalCredits,
} from "./spend";
import { teamsByTask } from "./team-spend";

const DAY_MS = 86_400_000;
export const SPEND_WINDOW_DAYS = 30;
export const HEALTH_WINDOW_DAYS = 7;
/** The admin page reads Kie's balance afresh when the last reading is older than this. */
const FRESH_BALANCE_MS = 60_000;

export type AdminOverview = {
  balance: { credits: number; takenAt: Date; low: boolean; error?: string } | null;
  lowBalanceCredits: number;
  usdPerCredit: number;
  burnPerDay: number;
  daysLeft: number | null;
  spendWindowDays: number;
  totalSpend: number;
  byDay: { day: string; credits: number }[];
  byUser: SpendGroup[];
  /** Tasks made for a team (filed into a collection shared into it), per team. */
  byTeam: SpendGroup[];
  byOperation: SpendGroup[];
  drift: DriftInterval[];
};

/** The balance as of now: a fresh reading when the last one is stale, else the last one. */
export async function currentBalance(now = new Date()): Promise<AdminOverview["balance"]> {
  const latest = await latestBalanceSnapshot();
  if (latest && now.getTime() - latest.takenAt.getTime() < FRESH_BALANCE_MS) return view(latest);
  try {
    return view(await recordBalanceSnapshot("admin"));
  } catch (err) {
    const error = `Could not read Kie's balance: ${err instanceof Error ? err.message : String(err)}`;
    return latest ? { ...view(latest), error } : null;
  }
}

const view = (s: BalanceSnapshot) => ({
  credits: s.credits,
  takenAt: s.takenAt,
  low: s.credits < env.LOW_BALANCE_CREDITS,
});

export async function adminOverview(now = new Date()): Promise<AdminOverview> {
  const since = new Date(now.getTime() - SPEND_WINDOW_DAYS * DAY_MS);
  const [balance, entries, snapshots, teamsOfTask] = await Promise.all([
    currentBalance(now),
    ledgerEntries({ since }),
    db.balanceSnapshot.findMany({ where: { takenAt: { gte: since } }, orderBy: { takenAt: "asc" } }),
    teamsByTask(since),
  ]);
  const burnPerDay = burnRatePerDay(entries, now);
  return {
    balance,
    lowBalanceCredits: env.LOW_BALANCE_CREDITS,
    usdPerCredit: env.KIE_USD_PER_CREDIT,
    burnPerDay,
    daysLeft: balance ? daysLeft(balance.credits, burnPerDay) : null,
    spendWindowDays: SPEND_WINDOW_DAYS,
    totalSpend: totalCredits(entries),
    byDay: spendByDay(entries, SPEND_WINDOW_DAYS, now),
    byUser: spendByUser(entries),
    byTeam: spendByTeam(entries, teamsOfTask),
    byOperation: spendByOperation(entries),
    drift: detectDrift(snapshots, entries),
  };
}

/** Success rate, time to finish and recent errors per operation over the last week. */
export async function recentOperationHealth(now = new Date()): Promise<OperationHealth[]> {
  const tasks = await db.task.findMany({
    where: { createdAt: { gte: new Date(now.getTime() - HEALTH_WINDOW_DAYS * DAY_MS) } },
    select: {
      operationId: true,
      state: true,
      createdAt: true,
      finishedAt: true,
      errorCode: true,
      errorMessage: true,
    },
    orderBy: { createdAt: "desc" },
    take: 20_000,
  });
  return operationHealth(tasks);
}
