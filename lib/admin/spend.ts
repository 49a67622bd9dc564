import type { LedgerStatus } from "@/lib/budgets/arithmetic";
import { dayKey } from "@/lib/budgets/periods";

/** One line of the ledger: a task (hold → charge) or a chat answer (charge only). */
export type LedgerEntry = {
  kind: "task" | "chat";
  id: string;
  userId: string;
  userEmail: string;
  /** Registry operation id, or `chat:<model>` for chat answers. */
  operationId: string;
  label: string;
  category: string;
  state: string;
  /** The hold placed at submit (tasks only). */
  estimate: number | null;
  /** What Kie reported, when it did. */
  charged: number | null;
  /** What the entry counts for now: the hold while running, then the charge (0 when released). */
  credits: number;
  status: LedgerStatus;
  createdAt: Date;
  finishedAt: Date | null;
};

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Credits per UTC day for the `days` days ending today, oldest first, zero-filled. */
export function spendByDay(
  entries: LedgerEntry[],
  days: number,
  now: Date,
): { day: string; credits: number }[] {
  const totals = new Map<string, number>();
  for (const e of entries)
    totals.set(dayKey(e.createdAt), (totals.get(dayKey(e.createdAt)) ?? 0) + e.credits);
  const out: { day: string; credits: number }[] = [];
  for (let i = days - 1; i >= 0; i--) {
    const day = dayKey(new Date(now.getTime() - i * 86_400_000));
    out.push({ day, credits: totals.get(day) ?? 0 });
  }
  return out;
}

export type SpendGroup = { key: string; label: string; credits: number; count: number };

function groupBy(entries: LedgerEntry[], key: (e: LedgerEntry) => string, label: (e: LedgerEntry) => string) {
  const groups = new Map<string, SpendGroup>();
  for (const e of entries) {
    const k = key(e);
    const g = groups.get(k) ?? { key: k, label: label(e), credits: 0, count: 0 };
    g.credits += e.credits;
    g.count += 1;
    groups.set(k, g);
  }
  return [...groups.values()].sort((a, b) => b.credits - a.credits || a.label.localeCompare(b.label));
}

export const spendByUser = (entries: LedgerEntry[]) =>
  groupBy(
    entries,
    (e) => e.userId,
    (e) => e.userEmail,
  );

export const spendByOperation = (entries: LedgerEntry[]) =>
  groupBy(
    entries,
    (e) => e.operationId,
    (e) => e.label,
  );

/** Average credits per day over the last `windowDays` days. */
export function burnRatePerDay(entries: LedgerEntry[], now: Date, windowDays = 7): number {
  const since = now.getTime() - windowDays * 86_400_000;
  return sum(entries.filter((e) => e.createdAt.getTime() >= since).map((e) => e.credits)) / windowDays;
}

/** Days the balance lasts at the current burn rate; null when nothing is being spent. */
export function daysLeft(balance: number, perDay: number): number | null {
  if (perDay <= 0) return null;
  return Math.max(0, balance / perDay);
}

export function totalCredits(entries: LedgerEntry[]): number {
  return sum(entries.map((e) => e.credits));
}

export type TeamRef = { id: string; name: string };

/**
 * Credits per team: a task counts for every team it was made for (its hold was counted against
 * that team's budget), so a task filed into a collection shared with two teams shows in both.
 */
export function spendByTeam(
  entries: LedgerEntry[],
  teamsByTask: ReadonlyMap<string, TeamRef[]>,
): SpendGroup[] {
  const groups = new Map<string, SpendGroup>();
  for (const e of entries) {
    if (e.kind !== "task") continue;
    for (const team of teamsByTask.get(e.id) ?? []) {
      const g = groups.get(team.id) ?? { key: team.id, label: team.name, credits: 0, count: 0 };
      g.credits += e.credits;
      g.count += 1;
      groups.set(team.id, g);
    }
  }
  return [...groups.values()].sort((a, b) => b.credits - a.credits || a.label.localeCompare(b.label));
}
