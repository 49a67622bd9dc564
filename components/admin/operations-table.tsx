import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import type { OperationHealth } from "@/lib/admin/health";
import { ActionForm, type AdminAction } from "./action-form";

export type OperationRow = {
  id: string;
  title: string;
  model: string;
  category: string;
  enabled: boolean;
  health?: OperationHealth;
};

const seconds = (ms: number | null) =>
  ms === null ? "—" : ms < 60_000 ? `${Math.round(ms / 1000)} s` : `${(ms / 60_000).toFixed(1)} min`;
const rate = (r: number | null) => (r === null ? "—" : `${Math.round(r * 100)} %`);

/** Every operation with its recent health and an on/off switch for everyone. */
export function OperationsTable({ rows, toggle }: { rows: OperationRow[]; toggle: AdminAction }) {
  return (
    <DataTable
      columns={[
        { label: "Operation" },
        { label: "Tasks", numeric: true },
        { label: "Success", numeric: true },
        { label: "Median", numeric: true },
        { label: "p90", numeric: true },
        { label: "Recent errors" },
        { label: "Availability" },
      ]}
    >
      {rows.map((r) => (
        <tr key={r.id} data-testid="operation-row" data-operation-id={r.id} data-enabled={r.enabled}>
          <td className="py-2 pr-3">
            <div className="font-medium text-zinc-900 dark:text-zinc-100">{r.title}</div>
            <div className="text-xs text-zinc-500 dark:text-zinc-400">
              {r.category} · {r.model} · <code>{r.id}</code>
            </div>
          </td>
          <td className="py-2 pr-3 text-right tabular-nums">{r.health?.total ?? 0}</td>
          <td className="py-2 pr-3 text-right tabular-nums">{rate(r.health?.successRate ?? null)}</td>
          <td className="py-2 pr-3 text-right tabular-nums">{seconds(r.health?.medianMs ?? null)}</td>
          <td className="py-2 pr-3 text-right tabular-nums">{seconds(r.health?.p90Ms ?? null)}</td>
          <td className="max-w-64 py-2 pr-3 text-xs text-zinc-600 dark:text-zinc-400">
            {r.health?.recentErrors.length
              ? r.health.recentErrors.map((e) => (
                  <div key={`${e.code}-${e.at.toISOString()}`} className="truncate" title={e.message}>
                    <code>{e.code}</code> {e.message}
                  </div>
                ))
              : "—"}
          </td>
          <td className="py-2">
            <div className="flex items-center gap-2">
              <Badge tone={r.enabled ? "success" : "danger"} dot>
                {r.enabled ? "On" : "Off"}
              </Badge>
              <ActionForm
                action={toggle}
                hidden={{ operationId: r.id, enabled: r.enabled ? "off" : "on" }}
                submitLabel={r.enabled ? "Turn off" : "Turn on"}
                submitVariant={r.enabled ? "ghost" : "secondary"}
                aria-label={`${r.enabled ? "Turn off" : "Turn on"} ${r.title}`}
              />
            </div>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
