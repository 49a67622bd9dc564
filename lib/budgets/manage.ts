import "server-only";
import { db } from "@/lib/db";
import { type BudgetStanding, budgetStanding, NO_BUDGET } from "./arithmetic";
import { type BudgetHolder, budgetRowFor } from "./holders";
import type { BudgetSettings } from "./schemas";

/** Sets a holder's limits. Usage counters are kept, so a new limit applies to today's spend too. */
export async function setBudget(holder: BudgetHolder, settings: BudgetSettings, actorId: string) {
  const row = await budgetRowFor(holder, new Date());
  return db.budget.update({
    where: { id: row.id },
    data: {
      dailyCredits: settings.dailyCredits,
      monthlyCredits: settings.monthlyCredits,
      exempt: settings.exempt,
      updatedById: actorId,
    },
  });
}

/** A holder's limits and usage now; a holder that never submitted reads as unlimited and unused. */
export async function budgetStandingFor(holder: BudgetHolder, now = new Date()): Promise<BudgetStanding> {
  const row = await db.budget.findUnique({
    where: { scope_scopeId: { scope: holder.scope, scopeId: holder.scopeId } },
  });
  return budgetStanding(row ?? NO_BUDGET, now);
}

/**
 * Counts a charge that had no hold (a chat answer's `credits_consumed`) against the user's
 * budgets. It cannot be refused after the fact; it only makes the next hold stricter.
 */
export async function recordUnheldCharge(userId: string, credits: number, now = new Date()): Promise<void> {
  if (!(credits > 0)) return;
  const row = await budgetRowFor({ scope: "user", scopeId: userId }, now);
  await db.budget.updateMany({
    where: { id: row.id, dayKey: row.dayKey, monthKey: row.monthKey },
    data: { dayUsed: { increment: credits }, monthUsed: { increment: credits } },
  });
}
