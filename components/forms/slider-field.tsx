"use client";

import { cn, focusRing } from "@/components/ui/cn";
import { Field } from "@/components/ui/field";
import { Slider } from "@/components/ui/slider";
import type { WidgetProps } from "./widget-props";

function format(value: number, step: number): string {
  const decimals = step >= 1 ? 0 : Math.min(3, Math.ceil(-Math.log10(step)));
  return value.toFixed(decimals);
}

/** A range with a readout; an optional slider starts unset ("Auto") so nothing is sent until moved. */
export function SliderField({ spec, value, onChange, onBlur, error, disabled }: WidgetProps) {
  const min = spec.min ?? 0;
  const max = spec.max ?? 100;
  const step = spec.step ?? 1;
  const isSet = typeof value === "number" && !Number.isNaN(value);
  const shown = isSet ? value : (min + max) / 2;
  const readout = (
    <span className="flex items-center gap-2">
      <span className="tabular-nums">{isSet ? format(value, step) : "Auto"}</span>
      {isSet && spec.optional ? (
        <button
          type="button"
          onClick={() => {
            onChange(undefined);
            onBlur();
          }}
          className={cn("rounded font-medium text-brand-600 hover:underline dark:text-brand-400", focusRing)}
        >
          Reset
        </button>
      ) : null}
    </span>
  );
  return (
    <Field label={spec.label} help={spec.help} error={error} aside={readout}>
      <Slider
        name={spec.name}
        min={min}
        max={max}
        step={step}
        value={shown}
        showValue={false}
        disabled={disabled}
        format={(v) => (isSet ? format(v, step) : "Auto")}
        onValueChange={(v) => onChange(v)}
        onBlur={onBlur}
        className={cn(!isSet && "opacity-70 grayscale")}
      />
    </Field>
  );
}
