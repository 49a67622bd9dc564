import { Input } from "@/components/ui/input";
import type { BudgetStanding } from "@/lib/budgets/arithmetic";
import { formatCredits } from "@/lib/budgets/money";
import { ActionForm, type AdminAction } from "./action-form";

/** Which user or team the form sets limits for (the hidden field the action reads). */
export type BudgetTarget = { field: "userId" | "teamId"; id: string; label: string };

/** Daily and monthly limits (blank = none) and the exemption, for one user or team. */
export function BudgetForm({
  target,
  budget,
  action,
}: {
  target: BudgetTarget;
  budget: BudgetStanding;
  action: AdminAction;
}) {
  const key = `${target.field}-${target.id}`;
  return (
    <ActionForm
      action={action}
      hidden={{ [target.field]: target.id }}
      submitLabel="Save budget"
      aria-label={`Budget for ${target.label}`}
    >
      <CreditLimit id={`daily-${key}`} name="dailyCredits" label="Daily credits" limit={budget.day.limit} />
      <CreditLimit
        id={`monthly-${key}`}
        name="monthlyCredits"
        label="Monthly credits"
        limit={budget.month.limit}
      />
      <label className="flex items-center gap-1.5 pb-2 text-xs text-zinc-600 dark:text-zinc-300">
        <input type="checkbox" name="exempt" defaultChecked={budget.exempt} className="size-4" />
        Exempt
      </label>
      <span className="basis-full text-xs tabular-nums text-zinc-500 dark:text-zinc-400">
        Used today {formatCredits(budget.day.used)} · this month {formatCredits(budget.month.used)}
      </span>
    </ActionForm>
  );
}

/** One limit in credits; blank means none. */
function CreditLimit({
  id,
  name,
  label,
  limit,
}: {
  id: string;
  name: string;
  label: string;
  limit: number | null;
}) {
  return (
    <label htmlFor={id} className="flex flex-col gap-1 text-xs text-zinc-500 dark:text-zinc-400">
      {label}
      <Input
        id={id}
        name={name}
        type="number"
        min={0}
        step="any"
        inputMode="decimal"
        placeholder="No limit"
        defaultValue={limit ?? ""}
        className="w-28"
      />
    </label>
  );
}
