import "server-only";
import { db } from "@/lib/db";
import type { Budget } from "@/lib/generated/prisma/client";
import type { BudgetHolder } from "./holder-list";
import { dayKey, monthKey } from "./periods";

export { type ActingTeam, type BudgetHolder, budgetOwnerText, holdersFor } from "./holder-list";

/** The holder's budget row (created on first use with no limits), its counters rolled to `now`. */
export async function budgetRowFor(holder: BudgetHolder, now: Date): Promise<Budget> {
  const where = { scope_scopeId: { scope: holder.scope, scopeId: holder.scopeId } };
  let row = await db.budget.findUnique({ where });
  if (!row) {
    try {
      row = await db.budget.create({
        data: { scope: holder.scope, scopeId: holder.scopeId, dayKey: dayKey(now), monthKey: monthKey(now) },
      });
    } catch (err) {
      // A concurrent first submission created it: use theirs.
      if ((err as { code?: string }).code !== "P2002") throw err;
      row = await db.budget.findUniqueOrThrow({ where });
    }
  }
  return rollPeriods(row, now);
}

/** Starts a new day or month at 0. Conditional, so concurrent rollovers reset a counter once. */
async function rollPeriods(row: Budget, now: Date): Promise<Budget> {
  const day = dayKey(now);
  const month = monthKey(now);
  if (row.dayKey === day && row.monthKey === month) return row;
  if (row.dayKey !== day) {
    await db.budget.updateMany({
      where: { id: row.id, dayKey: { not: day } },
      data: { dayKey: day, dayUsed: 0 },
    });
  }
  if (row.monthKey !== month) {
    await db.budget.updateMany({
      where: { id: row.id, monthKey: { not: month } },
      data: { monthKey: month, monthUsed: 0 },
    });
  }
  return db.budget.findUniqueOrThrow({ where: { id: row.id } });
}

/**
 * Adds `delta` credits (negative to give back) to the counters of the periods a hold was taken
 * in. A period that has since rolled over is left alone: it was reset anyway.
 */
export async function adjustCounters(
  budgetIds: string[],
  keys: { dayKey: string; monthKey: string },
  delta: number,
): Promise<void> {
  if (delta === 0 || budgetIds.length === 0) return;
  await db.$transaction(
    budgetIds.flatMap((id) => [
      db.budget.updateMany({ where: { id, dayKey: keys.dayKey }, data: { dayUsed: { increment: delta } } }),
      db.budget.updateMany({
        where: { id, monthKey: keys.monthKey },
        data: { monthUsed: { increment: delta } },
      }),
    ]),
  );
}
