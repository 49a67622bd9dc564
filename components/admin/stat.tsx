import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

/** One headline number with a label and a line of detail. */
export function Stat({
  label,
  value,
  detail,
  testId,
}: {
  label: string;
  value: ReactNode;
  detail?: ReactNode;
  testId?: string;
}) {
  return (
    <Card className="flex flex-col gap-1 px-5 py-4" data-testid={testId}>
      <span className="text-xs font-medium uppercase tracking-wide text-zinc-500 dark:text-zinc-400">
        {label}
      </span>
      <span className="text-2xl font-semibold tabular-nums text-zinc-900 dark:text-zinc-50">{value}</span>
      {detail ? <span className="text-xs text-zinc-500 dark:text-zinc-400">{detail}</span> : null}
    </Card>
  );
}
