"use client";

import { Plus } from "lucide-react";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import type { WidgetProps } from "../widget-props";
import { MediaChip } from "./media-chip";
import { MediaPickerDialog } from "./media-picker-dialog";
import { addMediaValues, KIND_NOUN, mediaCapacity, mediaValuesOf, removeMediaValue } from "./media-values";

/**
 * Any field that takes images, audio or video (`media-url` and `media-urls`): the chosen items as
 * chips, and "Add" opening a picker over my results, an upload, or a link. The form value stays
 * the raw strings the schema expects: one string, or a list of them.
 */
export function MediaField({
  spec,
  value,
  onChange,
  onBlur,
  inputRef,
  error,
  itemErrors,
  disabled,
}: WidgetProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const kind = spec.media ?? "image";
  const noun = KIND_NOUN[kind];
  const values = mediaValuesOf(value);
  const capacity = mediaCapacity(spec);
  const full = spec.widget === "media-urls" && values.length >= capacity;
  const helpId = spec.help ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const isList = spec.widget === "media-urls";

  function change(next: unknown) {
    onChange(next);
    onBlur();
  }

  return (
    <fieldset
      className="flex min-w-0 flex-col gap-2"
      aria-describedby={[errorId, helpId].filter(Boolean).join(" ") || undefined}
      aria-invalid={error ? true : undefined}
      data-testid="media-field"
      data-field={spec.name}
    >
      <legend className="mb-1.5 text-sm font-medium text-zinc-800 dark:text-zinc-200">
        {spec.label}
        {spec.optional || Array.isArray(spec.defaultValue) ? (
          <span className="ml-1.5 font-normal text-zinc-400 dark:text-zinc-500">optional</span>
        ) : null}
        {isList ? (
          <span className="ml-1.5 font-normal text-zinc-400 tabular-nums dark:text-zinc-500">
            {values.length} / {capacity}
          </span>
        ) : null}
      </legend>
      {values.length ? (
        <ul className="flex flex-col gap-2">
          {values.map((v, i) => (
            <MediaChip
              key={v}
              value={v}
              kind={kind}
              error={itemErrors?.[i]}
              disabled={disabled}
              onRemove={() => change(removeMediaValue(spec, value, v))}
            />
          ))}
        </ul>
      ) : null}
      {!full ? (
        <Button
          ref={inputRef}
          variant="secondary"
          size="sm"
          disabled={disabled}
          onClick={() => setOpen(true)}
          className="self-start"
        >
          <Plus aria-hidden />
          {values.length && !isList ? `Replace ${noun}` : `Add ${noun}`}
        </Button>
      ) : null}
      {error ? (
        <p id={errorId} className="text-[13px] text-red-600 dark:text-red-400">
          {error}
        </p>
      ) : null}
      {spec.help ? (
        <p id={helpId} className="text-[13px] text-zinc-500 dark:text-zinc-400">
          {spec.help}
        </p>
      ) : null}
      <MediaPickerDialog
        open={open}
        onOpenChange={setOpen}
        title={`${isList ? "Add" : "Choose"} ${noun}${isList && capacity - values.length > 1 ? "s" : ""} · ${spec.label}`}
        kind={kind}
        capacity={capacity}
        taken={values}
        onAdd={(added) => change(addMediaValues(spec, value, added))}
      />
    </fieldset>
  );
}
