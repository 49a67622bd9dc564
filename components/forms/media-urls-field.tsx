"use client";

import { Plus, X } from "lucide-react";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { cn, focusRing } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";
import type { WidgetProps } from "./widget-props";

/** A list of URL inputs with add/remove; blank rows are dropped on submit. */
export function MediaUrlsField({ spec, value, onChange, onBlur, error, itemErrors, disabled }: WidgetProps) {
  const id = useId();
  const rows = Array.isArray(value) ? value.map((v) => (typeof v === "string" ? v : "")) : [];
  const max = spec.maxItems ?? 10;
  const helpId = spec.help ? `${id}-help` : undefined;

  // Server and schema errors index the submitted list, which has no blank rows.
  let submitted = -1;
  const rowError = rows.map((row) => (row.trim() ? itemErrors?.[++submitted] : undefined));

  const update = (next: string[]) => onChange(next);
  return (
    <fieldset className="flex min-w-0 flex-col gap-2" aria-describedby={helpId}>
      <legend className="mb-1.5 text-sm font-medium text-zinc-800 dark:text-zinc-200">
        {spec.label}
        {spec.optional || Array.isArray(spec.defaultValue) ? (
          <span className="ml-1.5 font-normal text-zinc-400 dark:text-zinc-500">optional</span>
        ) : null}
      </legend>
      {rows.map((row, index) => {
        const inputId = `${id}-${index}`;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional and have no identity
          <div key={index} className="flex flex-col gap-1">
            <div className="flex items-center gap-2">
              <label htmlFor={inputId} className="sr-only">
                {spec.label} {index + 1}
              </label>
              <Input
                id={inputId}
                type="url"
                inputMode="url"
                autoComplete="off"
                placeholder="https://…"
                value={row}
                disabled={disabled}
                aria-invalid={rowError[index] ? true : undefined}
                onBlur={onBlur}
                onChange={(e) => update(rows.map((r, i) => (i === index ? e.target.value : r)))}
              />
              <button
                type="button"
                aria-label={`Remove ${spec.label.toLowerCase()} ${index + 1}`}
                onClick={() => update(rows.filter((_, i) => i !== index))}
                className={cn(
                  "inline-flex size-9 shrink-0 items-center justify-center rounded-lg text-zinc-400 hover:bg-zinc-100 hover:text-zinc-700 dark:hover:bg-zinc-800 dark:hover:text-zinc-200",
                  focusRing,
                )}
              >
                <X aria-hidden className="size-4" />
              </button>
            </div>
            {rowError[index] ? (
              <p className="text-[13px] text-red-600 dark:text-red-400">{rowError[index]}</p>
            ) : null}
          </div>
        );
      })}
      <div>
        <Button
          variant="secondary"
          size="sm"
          disabled={disabled || rows.length >= max}
          onClick={() => update([...rows, ""])}
        >
          <Plus aria-hidden />
          Add URL
        </Button>
        {rows.length >= max ? <span className="ml-3 text-xs text-zinc-500">Up to {max}</span> : null}
      </div>
      {error ? <p className="text-[13px] text-red-600 dark:text-red-400">{error}</p> : null}
      {spec.help ? (
        <p id={helpId} className="text-[13px] text-zinc-500 dark:text-zinc-400">
          {spec.help}
        </p>
      ) : null}
    </fieldset>
  );
}
