"use client";

import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { CharCount } from "./char-count";
import type { WidgetProps } from "./widget-props";

/** text, textarea and number widgets: one labelled control with help, error and counter. */
export function TextField({ spec, value, onChange, onBlur, inputRef, error, disabled }: WidgetProps) {
  const text =
    typeof value === "string"
      ? value
      : typeof value === "number" && !Number.isNaN(value)
        ? String(value)
        : "";
  const counted = spec.maxLength !== undefined && (spec.widget === "textarea" || spec.widget === "text");
  // Long text always shows its budget; short text only once typing starts.
  const showCount = counted && (spec.widget === "textarea" || text.length > 0);
  const common = {
    name: spec.name,
    value: text,
    placeholder: spec.placeholder ?? (spec.widget === "media-url" ? "https://…" : undefined),
    onBlur,
    disabled,
  };
  return (
    <Field
      label={spec.label}
      help={spec.help}
      error={error}
      optional={spec.optional}
      aside={showCount && spec.maxLength ? <CharCount length={text.length} max={spec.maxLength} /> : null}
    >
      {spec.widget === "textarea" ? (
        <Textarea
          {...common}
          ref={inputRef}
          rows={spec.rows ?? 4}
          className={spec.rows !== undefined && spec.rows <= 2 ? "min-h-0!" : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : spec.widget === "number" ? (
        <Input
          {...common}
          ref={inputRef}
          type="number"
          inputMode="decimal"
          min={spec.min}
          max={spec.max}
          step={spec.step}
          onChange={(e) => onChange(e.target.value === "" ? undefined : e.target.valueAsNumber)}
        />
      ) : (
        <Input
          {...common}
          ref={inputRef}
          type={spec.widget === "media-url" ? "url" : "text"}
          inputMode={spec.widget === "media-url" ? "url" : undefined}
          autoComplete="off"
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
