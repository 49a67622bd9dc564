import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Budget } from "@/lib/generated/prisma/client";
import { budgetRefusal, CREDIT_EPSILON } from "./arithmetic";
import {
  type ActingTeam,
  adjustCounters,
  type BudgetHolder,
  budgetOwnerText,
  budgetRowFor,
  holdersFor,
} from "./holders";
import { dayKey, monthKey } from "./periods";

/** Credits held for one submission that has not been written yet. */
export type Reservation = {
  userId: string;
  amount: number;
  budgetIds: string[];
  dayKey: string;
  monthKey: string;
};

const MAX_ATTEMPTS = 5;

/**
 * Checks the caller's budgets, and those of the teams the submission is made for, and holds `cost`
 * credits in ONE conditional UPDATE per budget row: the guard (`used <= limit - cost`, same period,
 * limits unchanged) and the increment are a single statement, so concurrent submissions can never
 * overspend any of them. A refusal by any budget gives back the holds already taken and throws a
 * 402 AppError naming that budget, how much is left and when it resets. Call `releaseReservation`
 * if the task is not written after all.
 */
export async function reserveBudget(
  userId: string,
  cost: number,
  opts: { teams?: readonly ActingTeam[]; now?: Date } = {},
): Promise<Reservation> {
  const now = opts.now ?? new Date();
  const amount = Math.max(0, cost);
  const taken: string[] = [];
  const keys = { dayKey: dayKey(now), monthKey: monthKey(now) };
  try {
    for (const holder of holdersFor(userId, opts.teams)) {
      taken.push(await holdFrom(holder, await budgetRowFor(holder, now), amount, now));
    }
  } catch (err) {
    await adjustCounters(taken, keys, -amount);
    throw err;
  }
  return { userId, amount, budgetIds: taken, ...keys };
}

async function holdFrom(holder: BudgetHolder, initial: Budget, amount: number, now: Date): Promise<string> {
  let row = initial;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const refusal = budgetRefusal(row, amount, now, budgetOwnerText(holder));
    if (refusal) {
      // One code for every budget so clients handle it once; the message says whose budget it is.
      throw new AppError("budget_exceeded", refusal.message, { status: 402 });
    }
    const limited = !row.exempt && amount > 0;
    const held = await db.budget.updateMany({
      where: {
        id: row.id,
        dayKey: row.dayKey,
        monthKey: row.monthKey,
        // An admin edit between our read and this write makes the guard miss: read again.
        exempt: row.exempt,
        dailyCredits: row.dailyCredits,
        monthlyCredits: row.monthlyCredits,
        ...(limited && row.dailyCredits !== null
          ? { dayUsed: { lte: row.dailyCredits - amount + CREDIT_EPSILON } }
          : {}),
        ...(limited && row.monthlyCredits !== null
          ? { monthUsed: { lte: row.monthlyCredits - amount + CREDIT_EPSILON } }
          : {}),
      },
      data: { dayUsed: { increment: amount }, monthUsed: { increment: amount } },
    });
    if (held.count === 1) return row.id;
    row = await db.budget.findUniqueOrThrow({ where: { id: row.id } });
  }
  throw new AppError("budget_busy", "Too many submissions at once. Try again in a moment.", { status: 429 });
}

/** Gives the credits back: the task row was never written (or was a duplicate). */
export async function releaseReservation(r: Reservation): Promise<void> {
  await adjustCounters(r.budgetIds, r, -r.amount);
}

/** Ties the reservation to the task that now carries it, so Kie's charge can settle it later. */
export async function attachReservation(r: Reservation, taskId: string): Promise<void> {
  await db.budgetHold.create({
    data: {
      taskId,
      userId: r.userId,
      budgetIds: r.budgetIds.join(","),
      amount: r.amount,
      dayKey: r.dayKey,
      monthKey: r.monthKey,
    },
  });
}
