"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useMemo, useRef } from "react";
import { type Resolver, useForm } from "react-hook-form";
import { toast } from "sonner";
import type { TaskView } from "@/lib/dal/tasks";
import type { AnyOperation } from "@/lib/ops/types";
import { defaultValues, describeFields, type FieldSpec, type FormValues, toInput } from "./field-spec";
import { makeNonce, type SubmitOutcome, type SubmitTask } from "./submit";

/** Validates what would be sent (hidden fields dropped, blanks unset) and hands that raw input on. */
function operationResolver(op: AnyOperation, fields: FieldSpec[]): Resolver<FormValues> {
  const validate = zodResolver(op.input, undefined, { raw: true });
  return (values, context, options) => validate(toInput(fields, values), context, options);
}

export type UseOperationFormOptions = {
  operation: AnyOperation;
  submit: SubmitTask;
  onSubmitted?: (task: TaskView) => void;
  initialValues?: FormValues;
  onValuesChange?: (values: FormValues) => void;
};

export function useOperationForm({
  operation,
  submit,
  onSubmitted,
  initialValues,
  onValuesChange,
}: UseOperationFormOptions) {
  const fields = useMemo(() => describeFields(operation), [operation]);
  const resolver = useMemo(() => operationResolver(operation, fields), [operation, fields]);
  const form = useForm<FormValues>({
    defaultValues: { ...defaultValues(fields), ...initialValues },
    resolver,
    mode: "onTouched",
  });

  // One nonce per attempt: a retry or double click of the same inputs reuses it, so Kie is paid once.
  const nonce = useRef<string | null>(null);
  const onValuesChangeRef = useRef(onValuesChange);
  onValuesChangeRef.current = onValuesChange;
  useEffect(() => {
    const subscription = form.watch((values) => {
      nonce.current = null;
      onValuesChangeRef.current?.(values);
    });
    return () => subscription.unsubscribe();
  }, [form]);

  function showServerError(error: Extract<SubmitOutcome, { ok: false }>["error"]) {
    const known = new Set(fields.map((f) => f.name));
    const entries = Object.entries(error.fields ?? {});
    const inline = entries.filter(([path]) => known.has(path.split(".")[0]));
    inline.forEach(([path, messages], index) => {
      form.setError(path, { type: "server", message: messages[0] }, { shouldFocus: index === 0 });
    });
    const other = entries
      .filter(([path]) => !known.has(path.split(".")[0]))
      .map(([, messages]) => messages[0]);
    if (inline.length === 0 || other.length > 0)
      toast.error(error.message, { description: other.join(" ") || undefined });
  }

  const onSubmit = form.handleSubmit(async (input) => {
    nonce.current ??= makeNonce();
    let outcome: SubmitOutcome;
    try {
      outcome = await submit({ operationId: operation.id, input, nonce: nonce.current });
    } catch {
      toast.error("Could not reach the studio", {
        description: "Check your connection and press Generate again.",
      });
      return;
    }
    if (!outcome.ok) return showServerError(outcome.error);
    nonce.current = null;
    onSubmitted?.(outcome.task);
    const what =
      operation.model && operation.model !== operation.title
        ? `${operation.title} · ${operation.model}`
        : operation.title;
    toast.success("Generation started", { description: what });
  });

  return { form, fields, onSubmit };
}
