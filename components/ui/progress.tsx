import { cn } from "./cn";

export type ProgressProps = {
  /** 0–100. Leave undefined while the amount of work is unknown. */
  value?: number | null;
  label?: string;
  className?: string;
};

export function Progress({ value, label = "Progress", className }: ProgressProps) {
  const known = typeof value === "number" && Number.isFinite(value);
  const clamped = known ? Math.min(100, Math.max(0, value)) : 0;
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={known ? Math.round(clamped) : undefined}
      className={cn(
        "relative h-1.5 w-full overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800",
        className,
      )}
    >
      {known ? (
        <div
          className="h-full rounded-full bg-brand-500 transition-[width] duration-500 ease-out dark:bg-brand-400"
          style={{ width: `${clamped}%` }}
        />
      ) : (
        <div className="h-full w-full animate-pulse rounded-full bg-brand-500/50 dark:bg-brand-400/50" />
      )}
    </div>
  );
}
