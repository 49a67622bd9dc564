import { Badge } from "@/components/ui/badge";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { ActionForm, type AdminAction } from "./action-form";

export type OperationChoice = { id: string; title: string; model: string };

/**
 * Operations turned off for one team, each with a "Turn on", and a picker to turn one more off.
 * Only submissions for this team are refused; forms keep listing the operation (see switches.ts).
 */
export function TeamSwitches({
  teamId,
  teamName,
  switchedOff,
  operations,
  toggle,
}: {
  teamId: string;
  teamName: string;
  switchedOff: string[];
  operations: OperationChoice[];
  toggle: AdminAction;
}) {
  const off = new Set(switchedOff);
  const titles = new Map(operations.map((op) => [op.id, op.title]));
  const choices = operations.filter((op) => !off.has(op.id));
  return (
    <div className="flex flex-col gap-2" data-testid="team-switches">
      {switchedOff.length === 0 ? (
        <p className="text-xs text-zinc-500 dark:text-zinc-400">Every operation is available to this team.</p>
      ) : (
        <ul className="flex flex-col gap-1">
          {switchedOff.map((opId) => (
            <li key={opId} className="flex flex-wrap items-center gap-2 text-sm" data-operation-id={opId}>
              <Badge tone="danger" dot>
                Off
              </Badge>
              <span>{titles.get(opId) ?? opId}</span>
              <ActionForm
                action={toggle}
                hidden={{ teamId, operationId: opId, enabled: "on" }}
                submitLabel="Turn on"
                submitVariant="ghost"
                aria-label={`Turn on ${titles.get(opId) ?? opId} for ${teamName}`}
              />
            </li>
          ))}
        </ul>
      )}
      {choices.length > 0 ? (
        <ActionForm
          action={toggle}
          hidden={{ teamId, enabled: "off" }}
          submitLabel="Turn off for team"
          aria-label={`Turn an operation off for ${teamName}`}
        >
          <label
            htmlFor={`team-op-${teamId}`}
            className="flex flex-col gap-1 text-xs text-zinc-500 dark:text-zinc-400"
          >
            Operation
            <Select id={`team-op-${teamId}`} name="operationId" required defaultValue="" className="w-64">
              <option value="" disabled>
                Choose an operation
              </option>
              {choices.map((op) => (
                <option key={op.id} value={op.id}>
                  {op.title} · {op.model}
                </option>
              ))}
            </Select>
          </label>
          <label
            htmlFor={`team-op-reason-${teamId}`}
            className="flex flex-col gap-1 text-xs text-zinc-500 dark:text-zinc-400"
          >
            Reason (optional)
            <Input
              id={`team-op-reason-${teamId}`}
              name="reason"
              maxLength={200}
              placeholder="Why"
              className="w-48"
            />
          </label>
        </ActionForm>
      ) : null}
    </div>
  );
}
