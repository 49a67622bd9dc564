"use client";

import { Switch } from "@/components/ui/switch";
import type { WidgetProps } from "./widget-props";

export function SwitchField({ spec, value, onChange, onBlur, error, disabled }: WidgetProps) {
  return (
    <div className="flex flex-col gap-1.5">
      <Switch
        id={`field-${spec.name}`}
        checked={value === true}
        onCheckedChange={(checked) => {
          onChange(checked);
          onBlur();
        }}
        label={spec.label}
        description={spec.help}
        disabled={disabled}
      />
      {error ? <p className="pl-12 text-[13px] text-red-600 dark:text-red-400">{error}</p> : null}
    </div>
  );
}
