import { DataTable } from "@/components/ui/data-table";
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
    <DataTable
      columns={[
        { label: labelHeading },
        { label: countHeading, numeric: true },
        { label: "Credits", numeric: true },
        { label: "USD", numeric: true },
      ]}
    >
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
    </DataTable>
  );
}
