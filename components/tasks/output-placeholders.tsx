import { Sparkles } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

/** Where a song that is still being made will appear. */
export function TrackPlaceholder({ take, label }: { take?: number; label: string }) {
  return (
    <div
      data-testid="track-placeholder"
      className="flex items-center gap-3 rounded-xl border border-dashed border-zinc-200 p-2.5 dark:border-zinc-800"
    >
      <div className="size-14 shrink-0 animate-pulse rounded-lg bg-gradient-to-br from-brand-100 to-zinc-100 dark:from-brand-500/20 dark:to-zinc-800" />
      <div className="flex min-w-0 flex-1 flex-col gap-2">
        <p className="text-sm text-zinc-500 dark:text-zinc-400">
          {take ? <span className="font-medium text-zinc-700 dark:text-zinc-300">Take {take} · </span> : null}
          {label}
        </p>
        <div className="h-1 w-full animate-pulse rounded-full bg-zinc-200 dark:bg-zinc-800" />
      </div>
    </div>
  );
}

/** A square where an image that is still being made will appear. */
export function ImagePlaceholder({ className, children }: { className?: string; children?: ReactNode }) {
  return (
    <div
      className={cn(
        "relative flex aspect-square w-full flex-col justify-end overflow-hidden rounded-xl bg-gradient-to-br from-zinc-100 via-brand-50 to-zinc-100 ring-1 ring-zinc-200/70 dark:from-zinc-900 dark:via-brand-950/40 dark:to-zinc-900 dark:ring-zinc-800",
        className,
      )}
    >
      <div aria-hidden className="absolute inset-0 animate-pulse bg-white/40 dark:bg-white/[0.03]" />
      <div aria-hidden className="absolute inset-0 flex items-center justify-center">
        <span className="flex size-11 items-center justify-center rounded-full bg-white/70 shadow-sm ring-1 ring-brand-100 dark:bg-zinc-900/70 dark:ring-brand-500/20">
          <Sparkles className="size-5 animate-pulse text-brand-500 dark:text-brand-400" />
        </span>
      </div>
      <div className="relative">{children}</div>
    </div>
  );
}
