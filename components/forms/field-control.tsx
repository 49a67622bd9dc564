"use client";

import { type Control, Controller } from "react-hook-form";
import { ChoiceField } from "./choice-field";
import type { FieldSpec, FormValues } from "./field-spec";
import { MediaField } from "./media/media-field";
import { SliderField } from "./slider-field";
import { SwitchField } from "./switch-field";
import { TextField } from "./text-field";
import type { WidgetProps } from "./widget-props";

type Message = { message?: unknown } | undefined;

/** RHF nests list errors as an array under the field; a plain field error has a message. */
function splitError(error: unknown): { error?: string; itemErrors?: (string | undefined)[] } {
  if (Array.isArray(error)) {
    return {
      itemErrors: error.map((e: Message) => (typeof e?.message === "string" ? e.message : undefined)),
    };
  }
  const message = (error as Message)?.message;
  const root = (error as { root?: Message } | undefined)?.root?.message;
  return { error: typeof message === "string" ? message : typeof root === "string" ? root : undefined };
}

function Widget(props: WidgetProps) {
  switch (props.spec.widget) {
    case "switch":
      return <SwitchField {...props} />;
    case "select":
    case "segmented":
      return <ChoiceField {...props} />;
    case "slider":
      return <SliderField {...props} />;
    case "media-url":
    case "media-urls":
      return <MediaField {...props} />;
    default:
      return <TextField {...props} />;
  }
}

/** Binds one field of the op's schema to its widget through react-hook-form. */
export function FieldControl({
  spec,
  control,
  disabled,
}: {
  spec: FieldSpec;
  control: Control<FormValues>;
  disabled?: boolean;
}) {
  return (
    <Controller
      name={spec.name}
      control={control}
      render={({ field, fieldState }) => (
        <Widget
          spec={spec}
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          inputRef={field.ref}
          disabled={disabled}
          {...splitError(fieldState.error)}
        />
      )}
    />
  );
}
