"use client";

import { Check } from "lucide-react";
import { cn, focusRing } from "@/components/ui/cn";
import type { AnyOperation } from "@/lib/ops/types";

type ModelPickerProps = {
  operations: AnyOperation[];
  value: string;
  onChange: (operationId: string) => void;
  label?: string;
};

/** Models as cards (toggle buttons, the chosen one pressed): title and what each is good at. */
export function ModelPicker({ operations, value, onChange, label = "Model" }: ModelPickerProps) {
  return (
    <div role="group" aria-label={label} className="grid gap-2 sm:grid-cols-2">
      {operations.map((op) => {
        const selected = op.id === value;
        return (
          <button
            key={op.id}
            type="button"
            aria-pressed={selected}
            data-operation-id={op.id}
            onClick={() => onChange(op.id)}
            className={cn(
              "relative flex flex-col gap-1 rounded-xl border px-3.5 py-3 text-left transition-colors",
              selected
                ? "border-brand-500 bg-brand-50/60 ring-1 ring-brand-500 dark:border-brand-400 dark:bg-brand-500/10 dark:ring-brand-400"
                : "border-zinc-200/80 bg-white hover:border-zinc-300 dark:border-zinc-800 dark:bg-zinc-900/70 dark:hover:border-zinc-700",
              focusRing,
            )}
          >
            <span className="pr-6 text-sm font-semibold text-zinc-900 dark:text-zinc-50">{op.title}</span>
            <span className="line-clamp-2 text-xs leading-snug text-zinc-500 dark:text-zinc-400">
              {op.summary}
            </span>
            {selected ? (
              <span className="absolute top-3 right-3 flex size-4 items-center justify-center rounded-full bg-brand-600 text-white dark:bg-brand-500">
                <Check aria-hidden className="size-3" strokeWidth={3} />
              </span>
            ) : null}
          </button>
        );
      })}
    </div>
  );
}
