import type { BudgetScope } from "./arithmetic";

/** A budget a submission counts against; `name` is only for messages (a team's display name). */
export type BudgetHolder = { scope: BudgetScope; scopeId: string; name?: string };

/** A team a submission is made for: its results are filed into a collection shared into it. */
export type ActingTeam = { id: string; name: string };

/**
 * Whose budgets a submission counts against: always the user's own, then every team it is made
 * for, each team once and in id order so concurrent holds take rows in the same order. The hold is
 * taken from each in turn; one refusal gives back what was already taken.
 */
export function holdersFor(userId: string, teams: readonly ActingTeam[] = []): BudgetHolder[] {
  const unique = new Map(teams.map((t) => [t.id, t]));
  const ordered = [...unique.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return [
    { scope: "user", scopeId: userId },
    ...ordered.map((t): BudgetHolder => ({ scope: "team", scopeId: t.id, name: t.name })),
  ];
}

/** "Team Aurora" for messages; a name that already says "team" ("Team Red") is kept as is. */
export function teamDisplayName(name: string | undefined): string {
  const n = name?.trim();
  if (!n) return "the team";
  return /^team\b/i.test(n) ? n : `Team ${n}`;
}

/** Whose budget a refusal names: "your" or "Team Aurora's". */
export function budgetOwnerText(holder: BudgetHolder): string {
  return holder.scope === "user" ? "your" : `${teamDisplayName(holder.name)}'s`;
}
