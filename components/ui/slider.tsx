"use client";

import { type ComponentProps, useState } from "react";
import { cn, focusRing } from "./cn";
import { useFieldControl } from "./field";

export type SliderProps = Omit<ComponentProps<"input">, "type" | "value" | "defaultValue" | "onChange"> & {
  value?: number;
  defaultValue?: number;
  onValueChange?: (value: number) => void;
  /** How the current value reads next to the track, e.g. (v) => `${v}s`. */
  format?: (value: number) => string;
  showValue?: boolean;
};

/** A native range input with a live value readout. */
export function Slider({
  value,
  defaultValue,
  onValueChange,
  format = String,
  showValue = true,
  min = 0,
  max = 100,
  step = 1,
  className,
  ...props
}: SliderProps) {
  const [internal, setInternal] = useState(defaultValue ?? Number(min));
  const current = value ?? internal;
  const wired = useFieldControl(props);
  const percent = ((current - Number(min)) / (Number(max) - Number(min) || 1)) * 100;
  return (
    <div className={cn("flex items-center gap-3", className)}>
      <div className="relative flex h-5 w-full items-center">
        <div
          aria-hidden
          className="absolute inset-x-0 h-1.5 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800"
        >
          <div
            className="h-full rounded-full bg-brand-500 dark:bg-brand-400"
            style={{ width: `${percent}%` }}
          />
        </div>
        <input
          type="range"
          min={min}
          max={max}
          step={step}
          value={current}
          aria-valuetext={format(current)}
          onChange={(e) => {
            const next = Number(e.target.value);
            if (value === undefined) setInternal(next);
            onValueChange?.(next);
          }}
          className={cn(
            "relative h-5 w-full cursor-pointer appearance-none rounded-full bg-transparent disabled:cursor-not-allowed disabled:opacity-50",
            "[&::-webkit-slider-thumb]:size-4 [&::-webkit-slider-thumb]:appearance-none [&::-webkit-slider-thumb]:rounded-full [&::-webkit-slider-thumb]:border [&::-webkit-slider-thumb]:border-zinc-300 [&::-webkit-slider-thumb]:bg-white [&::-webkit-slider-thumb]:shadow-sm",
            "[&::-moz-range-thumb]:size-4 [&::-moz-range-thumb]:rounded-full [&::-moz-range-thumb]:border [&::-moz-range-thumb]:border-zinc-300 [&::-moz-range-thumb]:bg-white",
            focusRing,
          )}
          {...wired}
        />
      </div>
      {showValue ? (
        <output
          htmlFor={wired.id}
          className="min-w-10 text-right text-sm tabular-nums text-zinc-600 dark:text-zinc-300"
        >
          {format(current)}
        </output>
      ) : null}
    </div>
  );
}
