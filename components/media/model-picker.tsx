"use client";

import { Check, Search } from "lucide-react";
import { useEffect, useId, useRef, useState } from "react";
import { useHydrated } from "@/components/forms/use-hydrated";
import { cn, focusRing } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";
import type { AnyOperation } from "@/lib/ops/types";
import { familyOf, groupOperations } from "./model-groups";

type ModelPickerProps = {
  operations: AnyOperation[];
  value: string;
  onChange: (operationId: string) => void;
  label?: string;
  /** Show models under family headings (Veo 3.1, Kling, …) when there is more than one family. */
  grouped?: boolean;
};

const SEARCH_FROM = 7;

function matches(op: AnyOperation, query: string): boolean {
  const q = query.trim().toLowerCase();
  return !q || `${op.title} ${op.model} ${familyOf(op)} ${op.summary}`.toLowerCase().includes(q);
}

/**
 * Models as compact cards (toggle buttons; the chosen one is pressed) in a scrolling panel, with
 * a search box once the list is long. Scales from two models to a whole catalogue.
 */
export function ModelPicker({
  operations,
  value,
  onChange,
  label = "Model",
  grouped = false,
}: ModelPickerProps) {
  const hydrated = useHydrated();
  const searchId = useId();
  const idBase = useId();
  const [query, setQuery] = useState("");
  const listRef = useRef<HTMLDivElement>(null);
  const shown = operations.filter((op) => matches(op, query));
  const groups = groupOperations(shown);
  const headed = grouped && groupOperations(operations).length > 1;

  // Bring a model picked by URL into view inside the panel, without scrolling the page.
  useEffect(() => {
    const list = listRef.current;
    const selected = list?.querySelector<HTMLElement>("[aria-pressed=true]");
    if (list && selected) list.scrollTop = selected.offsetTop - list.offsetTop - 8;
  }, []);

  function renderCard(op: AnyOperation) {
    const selected = op.id === value;
    const titleId = `${idBase}-${op.id}-title`;
    return (
      <button
        key={op.id}
        type="button"
        aria-pressed={selected}
        disabled={!hydrated}
        data-operation-id={op.id}
        title={op.summary}
        aria-labelledby={titleId}
        aria-describedby={`${titleId}-summary`}
        onClick={() => onChange(op.id)}
        className={cn(
          "relative flex min-w-0 flex-col gap-0.5 rounded-lg border px-3 py-2.5 text-left transition-colors",
          selected
            ? "border-brand-500 bg-brand-50 ring-1 ring-brand-500 dark:border-brand-400 dark:bg-brand-500/10 dark:ring-brand-400"
            : "border-zinc-200/80 bg-white hover:border-zinc-300 dark:border-zinc-800 dark:bg-zinc-900 dark:hover:border-zinc-700",
          focusRing,
          "focus-visible:ring-offset-0",
        )}
      >
        <span
          id={titleId}
          className="truncate pr-5 text-[13px] font-semibold text-zinc-900 dark:text-zinc-50"
        >
          {op.title}
        </span>
        <span id={`${titleId}-summary`} className="line-clamp-1 text-xs text-zinc-500 dark:text-zinc-400">
          {op.summary}
        </span>
        {selected ? (
          <span className="absolute top-2.5 right-2.5 flex size-4 items-center justify-center rounded-full bg-brand-600 text-white dark:bg-brand-500">
            <Check aria-hidden className="size-3" strokeWidth={3} />
          </span>
        ) : null}
      </button>
    );
  }

  return (
    <div className="flex flex-col gap-2">
      {operations.length >= SEARCH_FROM ? (
        <div className="relative">
          <label htmlFor={searchId} className="sr-only">
            Search models
          </label>
          <Search
            aria-hidden
            className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-zinc-400"
          />
          <Input
            id={searchId}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder={`Search ${operations.length} models`}
            className="pl-9"
          />
        </div>
      ) : null}
      <div
        ref={listRef}
        role="group"
        aria-label={label}
        className={cn(
          "grid gap-2 sm:grid-cols-2",
          operations.length >= SEARCH_FROM &&
            "max-h-[15.5rem] overflow-y-auto rounded-xl border border-zinc-200/80 bg-zinc-100/50 p-2 dark:border-zinc-800 dark:bg-zinc-900/40",
        )}
      >
        {headed
          ? groups.map((group) => (
              <div key={group.family} role="group" aria-label={group.family} className="contents">
                <p className="col-span-full px-1 pt-1 text-[11px] font-semibold tracking-wider text-zinc-500 uppercase dark:text-zinc-400">
                  {group.family}
                </p>
                {group.operations.map(renderCard)}
              </div>
            ))
          : shown.map(renderCard)}
        {shown.length === 0 ? (
          <p className="col-span-full px-2 py-6 text-center text-sm text-zinc-500 dark:text-zinc-400">
            No model matches “{query}”.
          </p>
        ) : null}
      </div>
    </div>
  );
}
