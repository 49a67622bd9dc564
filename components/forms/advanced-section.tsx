"use client";

import { ChevronRight, SlidersHorizontal } from "lucide-react";
import { type ReactNode, useId } from "react";
import { cn, focusRing } from "@/components/ui/cn";

type AdvancedSectionProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Shown next to the title while collapsed, e.g. the groups inside. */
  summary?: string;
  hasErrors?: boolean;
  children: ReactNode;
};

export function AdvancedSection({ open, onOpenChange, summary, hasErrors, children }: AdvancedSectionProps) {
  const id = useId();
  return (
    <div className="rounded-lg border border-zinc-200/80 dark:border-zinc-800">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => onOpenChange(!open)}
        className={cn(
          "flex w-full items-center gap-2.5 rounded-lg px-3.5 py-2.5 text-left text-sm font-medium text-zinc-700 hover:bg-zinc-50 dark:text-zinc-300 dark:hover:bg-zinc-800/40",
          focusRing,
          "focus-visible:ring-offset-0",
        )}
      >
        <SlidersHorizontal aria-hidden className="size-4 text-zinc-400" />
        <span>Advanced</span>
        {summary ? (
          <span className="truncate font-normal text-zinc-400 dark:text-zinc-500">{summary}</span>
        ) : null}
        {hasErrors ? (
          <span className="size-1.5 shrink-0 rounded-full bg-red-500" title="Needs attention" />
        ) : null}
        <ChevronRight
          aria-hidden
          className={cn("ml-auto size-4 shrink-0 text-zinc-400 transition-transform", open && "rotate-90")}
        />
      </button>
      {open ? (
        <div
          id={id}
          className="flex flex-col gap-5 border-t border-zinc-200/80 px-3.5 py-4 dark:border-zinc-800"
        >
          {children}
        </div>
      ) : null}
    </div>
  );
}
