import type { ReactNode } from "react";
import { cn } from "./cn";

export type DataColumn = { label: string; numeric?: boolean };

/** A plain list table: small muted headings, hairline rows, numbers right-aligned; rows are the children. */
export function DataTable({ columns, children }: { columns: DataColumn[]; children: ReactNode }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <thead className="text-left text-xs text-zinc-500 dark:text-zinc-400">
          <tr>
            {columns.map((c, i) => (
              <th
                key={c.label}
                scope="col"
                className={cn(
                  "py-2 font-medium",
                  i < columns.length - 1 && "pr-3",
                  c.numeric && "text-right",
                )}
              >
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">{children}</tbody>
      </table>
    </div>
  );
}
