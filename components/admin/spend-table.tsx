import type { SpendGroup } from "@/lib/admin/spend";
import { formatCredits, formatUsd } from "@/lib/budgets/money";

/** Spend grouped by user or by model: label, count, credits and dollars, biggest first. */
export function SpendTable({
  groups,
  labelHeading,
  countHeading,
  usdPerCredit,
  empty,
}: {
  groups: SpendGroup[];
  labelHeading: string;
  countHeading: string;
  usdPerCredit: number;
  empty: string;
}) {
  if (groups.length === 0) return <p className="text-sm text-zinc-500 dark:text-zinc-400">{empty}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <thead className="text-left text-xs text-zinc-500 dark:text-zinc-400">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">
              {labelHeading}
            </th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">
              {countHeading}
            </th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">
              Credits
            </th>
            <th scope="col" className="py-2 text-right font-medium">
              USD
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {groups.map((g) => (
            <tr key={g.key}>
              <td className="max-w-72 truncate py-2 pr-3 text-zinc-900 dark:text-zinc-100" title={g.key}>
                {g.label}
              </td>
              <td className="py-2 pr-3 text-right tabular-nums">{g.count}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{formatCredits(g.credits)}</td>
              <td className="py-2 text-right tabular-nums">{formatUsd(g.credits, usdPerCredit)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
