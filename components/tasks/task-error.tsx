import { TriangleAlert } from "lucide-react";
import { cn } from "@/components/ui/cn";

/** Why a task failed, in a callout that cannot be mistaken for anything else. */
export function TaskError({
  message,
  code,
  className,
}: {
  message: string;
  code?: string;
  className?: string;
}) {
  return (
    <div
      data-testid="task-error"
      className={cn(
        "flex gap-2.5 rounded-lg border border-red-200 bg-red-50 px-3 py-2.5 text-sm text-red-800 dark:border-red-500/30 dark:bg-red-500/10 dark:text-red-200",
        className,
      )}
    >
      <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0 text-red-500 dark:text-red-400" />
      <div className="flex min-w-0 flex-col gap-0.5">
        <p className="font-medium">Generation failed</p>
        <p className="break-words text-red-700 dark:text-red-300">{message}</p>
        {code ? <p className="font-mono text-[11px] text-red-500/80 dark:text-red-400/70">{code}</p> : null}
      </div>
    </div>
  );
}
