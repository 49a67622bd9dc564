import { Badge } from "@/components/ui/badge";
import type { AdminTeamRow } from "@/lib/admin/teams";
import { creditsAndUsd } from "@/lib/budgets/money";
import type { AdminAction } from "./action-form";
import { BudgetForm } from "./budget-form";
import { type OperationChoice, TeamSwitches } from "./team-switches";

export type TeamActions = { setBudget: AdminAction; toggleOperation: AdminAction };

/** Teams with their members, this month's spend, budget and team-only switches, each editable in place. */
export function TeamsTable({
  teams,
  operations,
  usdPerCredit,
  actions,
}: {
  teams: AdminTeamRow[];
  operations: OperationChoice[];
  usdPerCredit: number;
  actions: TeamActions;
}) {
  if (teams.length === 0) return <p className="text-sm text-zinc-500 dark:text-zinc-400">No teams match.</p>;
  return (
    <ul className="flex flex-col divide-y divide-zinc-100 dark:divide-zinc-800">
      {teams.map((t) => (
        <li key={t.id} className="flex flex-col gap-3 py-4" data-testid="team-row" data-team-id={t.id}>
          <div className="flex flex-wrap items-center gap-2">
            <span className="font-medium text-zinc-900 dark:text-zinc-100">{t.name}</span>
            <Badge tone="neutral">
              {t.members} {t.members === 1 ? "member" : "members"}
            </Badge>
            {t.budget.exempt ? <Badge tone="info">budget exempt</Badge> : null}
            {t.switchedOff.length ? <Badge tone="danger">{t.switchedOff.length} off</Badge> : null}
            {t.owner ? (
              <span className="text-xs text-zinc-500 dark:text-zinc-400">owner {t.owner}</span>
            ) : null}
          </div>
          <p className="text-sm tabular-nums text-zinc-600 dark:text-zinc-300" data-testid="team-month-spend">
            This month {creditsAndUsd(t.budget.month.used, usdPerCredit)}
            {t.budget.month.limit === null ? "" : ` of ${creditsAndUsd(t.budget.month.limit, usdPerCredit)}`}
          </p>
          <BudgetForm
            target={{ field: "teamId", id: t.id, label: t.name }}
            budget={t.budget}
            action={actions.setBudget}
          />
          <TeamSwitches
            teamId={t.id}
            teamName={t.name}
            switchedOff={t.switchedOff}
            operations={operations}
            toggle={actions.toggleOperation}
          />
        </li>
      ))}
    </ul>
  );
}
