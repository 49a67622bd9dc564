"use client";

import { type ReactNode, useId, useState } from "react";
import { cn, focusRing } from "./cn";

export type SwitchProps = {
  checked?: boolean;
  defaultChecked?: boolean;
  onCheckedChange?: (checked: boolean) => void;
  /** When set, the switch submits `name=on` with its form while checked. */
  name?: string;
  label?: ReactNode;
  description?: ReactNode;
  disabled?: boolean;
  id?: string;
  className?: string;
};

export function Switch({
  checked,
  defaultChecked = false,
  onCheckedChange,
  name,
  label,
  description,
  disabled,
  id,
  className,
}: SwitchProps) {
  const [internal, setInternal] = useState(defaultChecked);
  const isOn = checked ?? internal;
  const autoId = useId();
  const switchId = id ?? `switch-${autoId}`;
  const descriptionId = description ? `${switchId}-description` : undefined;
  const toggle = () => {
    if (checked === undefined) setInternal(!isOn);
    onCheckedChange?.(!isOn);
  };
  return (
    <div className={cn("flex items-start gap-3", className)}>
      <button
        id={switchId}
        type="button"
        role="switch"
        aria-checked={isOn}
        aria-describedby={descriptionId}
        disabled={disabled}
        onClick={toggle}
        className={cn(
          "relative mt-0.5 inline-flex h-5 w-9 shrink-0 cursor-pointer items-center rounded-full transition-colors",
          "disabled:cursor-not-allowed disabled:opacity-50",
          isOn ? "bg-brand-600 dark:bg-brand-500" : "bg-zinc-300 dark:bg-zinc-700",
          focusRing,
        )}
      >
        <span
          aria-hidden
          className={cn(
            "block size-4 rounded-full bg-white shadow-sm ring-1 ring-black/5 transition-transform",
            isOn ? "translate-x-[18px]" : "translate-x-0.5",
          )}
        />
      </button>
      {name && isOn ? <input type="hidden" name={name} value="on" /> : null}
      {label || description ? (
        <div className="flex flex-col gap-0.5">
          {label ? (
            <label
              htmlFor={switchId}
              className="cursor-pointer text-sm font-medium text-zinc-800 dark:text-zinc-200"
            >
              {label}
            </label>
          ) : null}
          {description ? (
            <p id={descriptionId} className="text-[13px] text-zinc-500 dark:text-zinc-400">
              {description}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
