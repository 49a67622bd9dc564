import { Progress } from "@/components/ui/progress";
import type { BudgetStanding, PeriodStanding } from "@/lib/budgets/arithmetic";
import { creditsAndUsd, formatCredits } from "@/lib/budgets/money";
import { resetText } from "@/lib/budgets/periods";

function PeriodLine({ p, usdPerCredit }: { p: PeriodStanding; usdPerCredit: number }) {
  const title = p.period === "day" ? "Today" : "This month";
  return (
    <div className="flex flex-col gap-1.5" data-testid={`usage-${p.period}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
        <span className="font-medium text-zinc-900 dark:text-zinc-100">{title}</span>
        <span className="tabular-nums text-zinc-600 dark:text-zinc-300">
          {creditsAndUsd(p.used, usdPerCredit)} used
          {p.limit === null
            ? " · no limit"
            : ` of ${formatCredits(p.limit)} · ${formatCredits(p.left ?? 0)} left`}
        </span>
      </div>
      {p.limit !== null && p.limit > 0 ? (
        <Progress value={Math.min(1, p.used / p.limit) * 100} label={`${title}: share of budget used`} />
      ) : null}
      <span className="text-xs text-zinc-500 dark:text-zinc-400">Resets {resetText(p.resetsAt)}</span>
    </div>
  );
}

/** A budget's standing (the caller's own or a team's): used, limit, left and when each period resets. */
export function UsagePanel({
  standing,
  usdPerCredit,
  exemptText = "An admin exempted you from budgets; usage is still counted.",
}: {
  standing: BudgetStanding;
  usdPerCredit: number;
  exemptText?: string;
}) {
  return (
    <div className="flex flex-col gap-4">
      {standing.exempt ? <p className="text-sm text-zinc-600 dark:text-zinc-300">{exemptText}</p> : null}
      <PeriodLine p={standing.day} usdPerCredit={usdPerCredit} />
      <PeriodLine p={standing.month} usdPerCredit={usdPerCredit} />
    </div>
  );
}
