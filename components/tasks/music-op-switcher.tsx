"use client";

import { type KeyboardEvent, useRef } from "react";
import { useHydrated } from "@/components/forms/use-hydrated";
import type { PickerProps } from "@/components/media/category-studio";
import { cn, focusRing } from "@/components/ui/cn";
import { musicSections } from "./music-ops";

const STEPS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * Suno's tools as chips under what they start from: nothing, a track, words or a loop. One tool is
 * chosen at a time, so it is a radio group: arrows move and choose, Tab leaves.
 */
export function MusicOperationSwitcher({ operations, value, onChange }: PickerProps) {
  const hydrated = useHydrated();
  const sections = musicSections(operations);
  const ordered = sections.flatMap((s) => s.operations);
  const refs = useRef(new Map<string, HTMLButtonElement>());

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const step = STEPS[event.key];
    if (!step) return;
    event.preventDefault();
    const at = ordered.findIndex((op) => op.id === value);
    const next = ordered[(at + step + ordered.length) % ordered.length];
    onChange(next.id);
    refs.current.get(next.id)?.focus();
  }

  return (
    <div
      role="radiogroup"
      aria-label="Music tools"
      onKeyDown={onKeyDown}
      className="flex flex-col gap-3 rounded-xl border border-zinc-200/80 bg-white p-3.5 shadow-card dark:border-zinc-800 dark:bg-zinc-900/70 dark:shadow-none"
    >
      {sections.map(({ section, operations: ops }) => (
        <div key={section} role="group" aria-label={section} className="flex flex-col gap-1.5">
          <p
            aria-hidden
            className="text-[11px] font-semibold tracking-wider text-zinc-500 uppercase dark:text-zinc-400"
          >
            {section}
          </p>
          <div className="flex flex-wrap gap-1.5">
            {ops.map((op) => {
              const selected = op.id === value;
              return (
                <button
                  key={op.id}
                  ref={(el) => {
                    if (el) refs.current.set(op.id, el);
                    else refs.current.delete(op.id);
                  }}
                  type="button"
                  role="radio"
                  aria-checked={selected}
                  tabIndex={selected ? 0 : -1}
                  disabled={!hydrated}
                  data-operation-id={op.id}
                  title={op.summary}
                  onClick={() => onChange(op.id)}
                  className={cn(
                    "h-7 rounded-full border px-2.5 text-[13px] font-medium transition-colors",
                    selected
                      ? "border-brand-500 bg-brand-600 text-white dark:border-brand-400 dark:bg-brand-500"
                      : "border-zinc-200 bg-white text-zinc-700 hover:border-zinc-300 hover:bg-zinc-50 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800",
                    focusRing,
                  )}
                >
                  {op.title}
                </button>
              );
            })}
          </div>
        </div>
      ))}
    </div>
  );
}
