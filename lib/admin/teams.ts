import "server-only";
import { type BudgetStanding, budgetStanding, NO_BUDGET } from "@/lib/budgets/arithmetic";
import { setBudget } from "@/lib/budgets/manage";
import type { BudgetSettings } from "@/lib/budgets/schemas";
import { containsText, db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { teamDisabledOperationIds } from "./switches";

export type AdminTeamRow = {
  id: string;
  name: string;
  members: number;
  owner: string | null;
  createdAt: Date;
  /** Limits and what counts against them: "this month" is the team budget's month counter. */
  budget: BudgetStanding;
  /** Operations turned off for this team only. */
  switchedOff: string[];
};

const LIST_LIMIT = 200;

/** Teams matching `query` (by name), biggest spenders this month first, with budget and switches. */
export async function listTeamsForAdmin(query: string, now = new Date()): Promise<AdminTeamRow[]> {
  const q = query.trim();
  const teams = await db.team.findMany({
    where: q ? { name: containsText(q) } : {},
    select: {
      id: true,
      name: true,
      createdAt: true,
      _count: { select: { members: true } },
      members: { where: { role: "owner" }, select: { user: { select: { email: true } } }, take: 1 },
    },
    orderBy: { createdAt: "desc" },
    take: LIST_LIMIT,
  });
  const [budgets, off] = await Promise.all([
    db.budget.findMany({ where: { scope: "team", scopeId: { in: teams.map((t) => t.id) } } }),
    teamDisabledOperationIds(),
  ]);
  const byTeam = new Map(budgets.map((b) => [b.scopeId, b]));
  return teams
    .map((t) => ({
      id: t.id,
      name: t.name,
      members: t._count.members,
      owner: t.members[0]?.user.email ?? null,
      createdAt: t.createdAt,
      budget: budgetStanding(byTeam.get(t.id) ?? NO_BUDGET, now),
      switchedOff: [...(off.get(t.id) ?? [])].sort(),
    }))
    .sort((a, b) => b.budget.month.used - a.budget.month.used || a.name.localeCompare(b.name));
}

/** Sets a team's limits; refuses a team that does not exist (a budget row for it would never apply). */
export async function setTeamBudget(teamId: string, settings: BudgetSettings, actorId: string) {
  if (!(await db.team.findUnique({ where: { id: teamId }, select: { id: true } })))
    throw new AppError("not_found", "No such team", { status: 404 });
  return setBudget({ scope: "team", scopeId: teamId }, settings, actorId);
}
