import { AlertTriangle, CheckCircle2 } from "lucide-react";
import type { DriftInterval } from "@/lib/admin/drift";
import { creditsAndUsd, formatCredits } from "@/lib/budgets/money";

const when = (d: Date) => d.toISOString().slice(0, 16).replace("T", " ");

/** Flagged intervals (credits that left Kie's balance with no studio task to explain them). */
export function DriftList({ intervals, usdPerCredit }: { intervals: DriftInterval[]; usdPerCredit: number }) {
  const flagged = intervals.filter((i) => i.flagged);
  if (intervals.length === 0) {
    return (
      <p className="text-sm text-zinc-500 dark:text-zinc-400">
        Needs two balance readings to compare; they are taken on a schedule and when this page opens.
      </p>
    );
  }
  if (flagged.length === 0) {
    return (
      <p
        className="flex items-center gap-2 text-sm text-emerald-700 dark:text-emerald-400"
        data-testid="drift-ok"
      >
        <CheckCircle2 className="size-4" aria-hidden />
        Every balance drop over {intervals.length} readings is explained by the studio's ledger.
      </p>
    );
  }
  const total = flagged.reduce((a, i) => a + i.unexplained, 0);
  return (
    <div className="flex flex-col gap-3" data-testid="drift-flagged">
      <p className="flex items-center gap-2 text-sm font-medium text-red-700 dark:text-red-400">
        <AlertTriangle className="size-4" aria-hidden />
        {creditsAndUsd(total, usdPerCredit)} spent outside the studio. Check whether the Kie key leaked or is
        shared.
      </p>
      <ul className="flex flex-col gap-1 text-sm">
        {flagged.map((i) => (
          <li key={i.from.toISOString()} className="tabular-nums text-zinc-700 dark:text-zinc-300">
            {when(i.from)} → {when(i.to)} UTC: balance fell {formatCredits(i.balanceDrop)}, the studio
            accounts for {formatCredits(i.ledgerSpend + i.inFlight)};{" "}
            <strong>{formatCredits(i.unexplained)} unexplained</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}
