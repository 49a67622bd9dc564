import { Input } from "@/components/ui/input";
import type { BudgetStanding } from "@/lib/budgets/arithmetic";
import { formatCredits } from "@/lib/budgets/money";
import { ActionForm, type AdminAction } from "./action-form";

/** Daily and monthly limits (blank = none) and the exemption, for one user. */
export function BudgetForm({
  userId,
  email,
  budget,
  action,
}: {
  userId: string;
  email: string;
  budget: BudgetStanding;
  action: AdminAction;
}) {
  return (
    <ActionForm
      action={action}
      hidden={{ userId }}
      submitLabel="Save budget"
      aria-label={`Budget for ${email}`}
    >
      <label
        htmlFor={`daily-${userId}`}
        className="flex flex-col gap-1 text-xs text-zinc-500 dark:text-zinc-400"
      >
        Daily credits
        <Input
          id={`daily-${userId}`}
          name="dailyCredits"
          type="number"
          min={0}
          step="any"
          inputMode="decimal"
          placeholder="No limit"
          defaultValue={budget.day.limit ?? ""}
          className="w-28"
        />
      </label>
      <label
        htmlFor={`monthly-${userId}`}
        className="flex flex-col gap-1 text-xs text-zinc-500 dark:text-zinc-400"
      >
        Monthly credits
        <Input
          id={`monthly-${userId}`}
          name="monthlyCredits"
          type="number"
          min={0}
          step="any"
          inputMode="decimal"
          placeholder="No limit"
          defaultValue={budget.month.limit ?? ""}
          className="w-28"
        />
      </label>
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
