import { type BudgetPeriod, dayKey, monthKey, periodResetsAt, resetText, untilText } from "./periods";

/** Floating-point slack so 10 holds of 0.1 fit a budget of 1. */
export const CREDIT_EPSILON = 1e-9;

export type BudgetScope = "user" | "team";

export type BudgetRow = {
  dailyCredits: number | null;
  monthlyCredits: number | null;
  exempt: boolean;
  dayKey: string;
  dayUsed: number;
  monthKey: string;
  monthUsed: number;
};

/** A holder with no budget row yet: no limits, nothing used. */
export const NO_BUDGET: BudgetRow = {
  dailyCredits: null,
  monthlyCredits: null,
  exempt: false,
  dayKey: "",
  dayUsed: 0,
  monthKey: "",
  monthUsed: 0,
};

export type PeriodStanding = {
  period: BudgetPeriod;
  /** null: no limit for this period. */
  limit: number | null;
  used: number;
  /** null: unlimited. Never negative. */
  left: number | null;
  resetsAt: Date;
};

export type BudgetStanding = { exempt: boolean; day: PeriodStanding; month: PeriodStanding };

/** Where a holder stands at `now`; a counter left over from an earlier day or month reads as 0. */
export function budgetStanding(row: BudgetRow, now: Date): BudgetStanding {
  const dayUsed = row.dayKey === dayKey(now) ? row.dayUsed : 0;
  const monthUsed = row.monthKey === monthKey(now) ? row.monthUsed : 0;
  const period = (p: BudgetPeriod, limit: number | null, used: number): PeriodStanding => ({
    period: p,
    limit,
    used,
    left: limit === null ? null : Math.max(0, limit - used),
    resetsAt: periodResetsAt(p, now),
  });
  return {
    exempt: row.exempt,
    day: period("day", row.dailyCredits, dayUsed),
    month: period("month", row.monthlyCredits, monthUsed),
  };
}

export type BudgetRefusal = PeriodStanding & { cost: number; message: string };

/**
 * Why holding `cost` more credits would break a limit, or null when it fits. Day is checked first.
 * `owner` names the budget in the message: "your" or "Team Aurora's".
 */
export function budgetRefusal(row: BudgetRow, cost: number, now: Date, owner = "your"): BudgetRefusal | null {
  if (row.exempt || cost <= 0) return null;
  const standing = budgetStanding(row, now);
  for (const p of [standing.day, standing.month]) {
    if (p.limit !== null && p.used + cost > p.limit + CREDIT_EPSILON) {
      return { ...p, cost, message: refusalMessage(p, cost, now, owner) };
    }
  }
  return null;
}

const round = (n: number) => Math.round(n * 100) / 100;

function refusalMessage(p: PeriodStanding, cost: number, now: Date, owner: string): string {
  const which = p.period === "day" ? "daily" : "monthly";
  const left = round(p.left ?? 0);
  return (
    `This would use about ${round(cost)} credits, but ${owner} ${which} budget has ${left} of ` +
    `${round(p.limit ?? 0)} credits left. It resets ${resetText(p.resetsAt)} (${untilText(now, p.resetsAt)}).`
  );
}

export type ChargeFacts = { state: string; creditsCharged: number | null; errorCode: string | null };

/**
 * Endings Kie may still have billed: the create was sent but never confirmed, or the user stopped
 * tracking a sent task (Kie has no cancel). Their hold stays
 * until the drift check or an admin says otherwise; every other unbilled failure releases it.
 */
const MAYBE_BILLED_FAILURES = new Set(["unconfirmed", "stopped_tracking"]);

/** What a finished task finally costs, or null while it is still running (Kie may yet charge it). */
export function finalCharge(
  task: ChargeFacts,
  held: number,
): { state: "settled" | "released"; charged: number } | null {
  if (!["succeeded", "failed", "canceled"].includes(task.state)) return null;
  if (task.creditsCharged !== null) {
    return { state: task.creditsCharged > 0 ? "settled" : "released", charged: task.creditsCharged };
  }
  if (task.state === "succeeded") return { state: "settled", charged: held };
  if (task.errorCode && MAYBE_BILLED_FAILURES.has(task.errorCode)) return { state: "settled", charged: held };
  return { state: "released", charged: 0 };
}

export type LedgerStatus = "held" | "charged" | "released";

/** A task's line in the ledger: what it counts for now (the hold while running, then the charge). */
export function ledgerAmount(task: ChargeFacts & { costEstimate: number }): {
  status: LedgerStatus;
  credits: number;
} {
  const final = finalCharge(task, task.costEstimate);
  if (!final) return { status: "held", credits: task.creditsCharged ?? task.costEstimate };
  return final.state === "released"
    ? { status: "released", credits: 0 }
    : { status: "charged", credits: final.charged };
}
