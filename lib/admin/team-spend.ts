import "server-only";
import { db } from "@/lib/db";
import type { TeamRef } from "./spend";

/**
 * Which teams each task since `since` was made for, read from its budget hold: the hold lists
 * the budget rows it was counted against, and a team's row names the team. Teams deleted since
 * keep their spend under a placeholder name.
 */
export async function teamsByTask(since: Date): Promise<Map<string, TeamRef[]>> {
  const budgets = await db.budget.findMany({ where: { scope: "team" }, select: { id: true, scopeId: true } });
  const out = new Map<string, TeamRef[]>();
  if (budgets.length === 0) return out;
  const teams = await db.team.findMany({
    where: { id: { in: budgets.map((b) => b.scopeId) } },
    select: { id: true, name: true },
  });
  const names = new Map(teams.map((t) => [t.id, t.name]));
  const teamByBudget = new Map(
    budgets.map((b) => [b.id, { id: b.scopeId, name: names.get(b.scopeId) ?? "Deleted team" }]),
  );
  const holds = await db.budgetHold.findMany({
    where: { createdAt: { gte: since }, OR: budgets.map((b) => ({ budgetIds: { contains: b.id } })) },
    select: { taskId: true, budgetIds: true },
  });
  for (const h of holds) {
    const refs = h.budgetIds
      .split(",")
      .map((id) => teamByBudget.get(id))
      .filter((t): t is TeamRef => t !== undefined);
    if (refs.length) out.set(h.taskId, refs);
  }
  return out;
}
