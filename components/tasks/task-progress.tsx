import { Check } from "lucide-react";
import { cn } from "@/components/ui/cn";
import { Progress } from "@/components/ui/progress";
import { getOperation } from "@/lib/ops/registry";
import { taskStatusLabel } from "./task-status-badge";

const MUSIC_STEPS = ["Queued", "Generating", "First track ready", "Done"] as const;

function musicStep(state: string): number {
  if (state === "running") return 1;
  if (state === "partial") return 2;
  if (state === "succeeded") return 3;
  return 0;
}

export type TaskProgressProps = {
  state: string;
  category: string;
  /** The task's operation: Suno's stages only describe song operations, not lyrics or WAV. */
  operationId?: string;
  /** 0..1, or null while Kie does not say. */
  progress: number | null;
  note?: string | null;
  className?: string;
};

/** A progress bar; music tasks also get Suno's stages as steps. */
export function TaskProgress({ state, category, operationId, progress, note, className }: TaskProgressProps) {
  const known = typeof progress === "number";
  const staged = category === "music" && (!operationId || getOperation(operationId)?.status === "suno-music");
  const step = staged ? musicStep(state) : 0;
  // With no number from Kie, music still moves by stage so the bar never sits at zero.
  const value = known ? progress * 100 : staged && step > 0 ? (step / 3) * 100 : null;
  return (
    <div className={cn("flex flex-col gap-2", className)}>
      <div className="flex items-center justify-between gap-3 text-xs">
        <span className="font-medium text-zinc-700 dark:text-zinc-300">
          {note ?? taskStatusLabel(state, note)}
        </span>
        {known ? <span className="tabular-nums text-zinc-500">{Math.round(progress * 100)}%</span> : null}
      </div>
      <Progress value={value} label="Generation progress" />
      {staged ? (
        <ol className="grid grid-cols-4 gap-2 text-[11px] leading-tight">
          {MUSIC_STEPS.map((label, index) => {
            const done = index < step || state === "succeeded";
            const current = index === step && state !== "succeeded";
            return (
              <li
                key={label}
                aria-current={current ? "step" : undefined}
                className={cn(
                  "flex items-center gap-1",
                  done
                    ? "text-zinc-700 dark:text-zinc-300"
                    : current
                      ? "font-medium text-brand-700 dark:text-brand-300"
                      : "text-zinc-400 dark:text-zinc-500",
                )}
              >
                {done ? (
                  <Check aria-hidden className="size-3 shrink-0 text-emerald-500" />
                ) : (
                  <span
                    aria-hidden
                    className={cn(
                      "size-1.5 shrink-0 rounded-full",
                      current ? "animate-pulse bg-brand-500" : "bg-zinc-300 dark:bg-zinc-700",
                    )}
                  />
                )}
                <span className="truncate">{label}</span>
              </li>
            );
          })}
        </ol>
      ) : null}
    </div>
  );
}
