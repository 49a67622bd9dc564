import "server-only";
import { db } from "@/lib/db";
import { type BudgetStanding, budgetStanding, NO_BUDGET } from "./arithmetic";
import type { ActingTeam } from "./holder-list";

/**
 * The teams a submission filing into `collectionId` is made for: every team the collection is
 * shared into. Their budgets and switches apply on top of the user's own. Call only after the
 * caller's right to file into the collection was checked, so no team name leaks.
 */
export async function teamsFilingInto(collectionId: string): Promise<ActingTeam[]> {
  const shares = await db.teamShare.findMany({
    where: { collectionId },
    select: { team: { select: { id: true, name: true } } },
    orderBy: { teamId: "asc" },
  });
  return shares.map((s) => s.team);
}

export type TeamBudgetLine = { team: ActingTeam; role: string; standing: BudgetStanding };

/** The budgets of every team the user belongs to, for the usage page. */
export async function memberTeamBudgets(userId: string, now = new Date()): Promise<TeamBudgetLine[]> {
  const memberships = await db.teamMember.findMany({
    where: { userId },
    select: { role: true, team: { select: { id: true, name: true } } },
    orderBy: { team: { name: "asc" } },
  });
  if (memberships.length === 0) return [];
  const rows = await db.budget.findMany({
    where: { scope: "team", scopeId: { in: memberships.map((m) => m.team.id) } },
  });
  const byTeam = new Map(rows.map((r) => [r.scopeId, r]));
  return memberships.map((m) => ({
    team: m.team,
    role: m.role,
    standing: budgetStanding(byTeam.get(m.team.id) ?? NO_BUDGET, now),
  }));
}
