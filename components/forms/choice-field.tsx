"use client";

import { useId } from "react";
import { Field } from "@/components/ui/field";
import { Segmented } from "@/components/ui/segmented";
import { Select } from "@/components/ui/select";
import { UNSET_KEY } from "./field-spec";
import type { WidgetProps } from "./widget-props";

function keyOf(spec: WidgetProps["spec"], value: unknown): string {
  return spec.options.find((o) => o.value === value)?.key ?? UNSET_KEY;
}

function optionValue(spec: WidgetProps["spec"], key: string): unknown {
  return spec.options.find((o) => o.key === key)?.value;
}

/** One-of-many fields: a segmented control for a few short options, a native select otherwise. */
export function ChoiceField(props: WidgetProps) {
  const { spec, value, onChange, onBlur, inputRef, error, disabled } = props;
  const legendId = useId();
  const current = keyOf(spec, value);

  if (spec.widget === "select") {
    return (
      <Field label={spec.label} help={spec.help} error={error}>
        <Select
          ref={inputRef}
          name={spec.name}
          value={current}
          disabled={disabled}
          onBlur={onBlur}
          onChange={(e) => onChange(optionValue(spec, e.target.value))}
        >
          {spec.options.map((o) => (
            <option key={o.key} value={o.key}>
              {o.label}
            </option>
          ))}
        </Select>
      </Field>
    );
  }

  const helpId = spec.help ? `${legendId}-help` : undefined;
  return (
    <fieldset className="flex min-w-0 flex-col gap-1.5" aria-describedby={helpId}>
      <legend id={legendId} className="mb-1.5 text-sm font-medium text-zinc-800 dark:text-zinc-200">
        {spec.label}
      </legend>
      <div className="overflow-x-auto">
        <Segmented
          aria-label={spec.label}
          options={spec.options.map((o) => ({ value: o.key, label: o.label, disabled }))}
          value={current}
          onValueChange={(key) => {
            onChange(optionValue(spec, key));
            onBlur();
          }}
        />
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
