"use client";

import { FlaskConical } from "lucide-react";
import { useId } from "react";
import { cn, focusRing } from "@/components/ui/cn";

const EXPLANATION = "No Kie key configured — everything runs against the built-in simulator";

/** A button only so keyboard users can focus it and read the tooltip too. */
export function DemoBadge({ className }: { className?: string }) {
  const tooltipId = useId();
  return (
    <span className={cn("group relative inline-flex", className)}>
      <button
        type="button"
        aria-describedby={tooltipId}
        className={cn(
          "inline-flex h-6 cursor-help items-center gap-1.5 rounded-full bg-amber-50 px-2.5 text-xs font-medium text-amber-800 ring-1 ring-inset ring-amber-200",
          "dark:bg-amber-400/10 dark:text-amber-300 dark:ring-amber-400/25",
          focusRing,
        )}
      >
        <FlaskConical aria-hidden className="size-3.5" />
        Demo mode
      </button>
      <span
        id={tooltipId}
        role="tooltip"
        className={cn(
          "pointer-events-none invisible absolute z-50 w-56 rounded-lg bg-zinc-900 px-3 py-2 text-xs leading-snug font-normal text-zinc-100 opacity-0 shadow-lg transition-opacity",
          "group-hover:visible group-hover:opacity-100 group-focus-within:visible group-focus-within:opacity-100",
          "dark:bg-zinc-800 dark:ring-1 dark:ring-zinc-700",
          "top-full left-0 mt-2",
        )}
      >
        {EXPLANATION}
      </span>
    </span>
  );
}
