import { cn } from "@/components/ui/cn";

/** "123 / 500", turning amber near the limit and red past it. */
export function CharCount({ length, max }: { length: number; max: number }) {
  const ratio = length / max;
  return (
    <span
      aria-live="polite"
      className={cn(
        "tabular-nums",
        ratio > 1
          ? "font-medium text-red-600 dark:text-red-400"
          : ratio >= 0.9
            ? "text-amber-600 dark:text-amber-400"
            : "",
      )}
    >
      {length.toLocaleString("en-US")} / {max.toLocaleString("en-US")}
    </span>
  );
}
