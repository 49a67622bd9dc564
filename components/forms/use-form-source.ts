"use client";

import { useMemo, useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { SourceView } from "@/lib/dal/assets";
import type { AnyOperation } from "@/lib/ops/types";
import type { FieldSpec, FormValues } from "./field-spec";
import { fieldsHiddenBySource, showsSourceCard, valuesFromSource } from "./source-fields";

/**
 * The earlier result a form starts from. Choosing one applies the operation's prefill to the form
 * (every prefilled field set and dirty); the fields the source card stands for are hidden.
 */
export function useFormSource(
  operation: AnyOperation,
  fields: FieldSpec[],
  form: UseFormReturn<FormValues>,
  initial: SourceView | undefined,
) {
  const [source, setSource] = useState(initial);
  const hidden = useMemo(() => fieldsHiddenBySource(fields), [fields]);

  function apply(view: SourceView) {
    const values = valuesFromSource(operation, fields, view.ref);
    const validate = form.formState.isSubmitted;
    for (const [name, value] of Object.entries(values))
      form.setValue(name, value, { shouldDirty: true, shouldTouch: true, shouldValidate: validate });
    form.clearErrors([...hidden]);
    setSource(view);
  }

  const errors = [...hidden].flatMap((name) => {
    const message = form.formState.errors[name]?.message;
    return typeof message === "string" ? [message] : [];
  });

  return { source, hidden, apply, errors, showCard: showsSourceCard(fields) };
}
