"use client";

import { useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useRef, useState } from "react";
import type { FormValues } from "@/components/forms/field-spec";
import { OperationForm } from "@/components/forms/operation-form";
import type { SubmitTask } from "@/components/forms/submit";
import { useEnabledOperations } from "@/components/studio/operation-switches";
import type { SourceView } from "@/lib/dal/assets";
import { acceptsSource, prefillFrom } from "@/lib/ops/follow-ups";
import { operationsIn } from "@/lib/ops/registry";
import type { AnyOperation, Category } from "@/lib/ops/types";
import { addSubmittedTask } from "@/lib/queries/lists";
import { pickableOperations } from "./model-groups";
import { ModelPicker } from "./model-picker";

export type PickerProps = {
  operations: AnyOperation[];
  value: string;
  onChange: (operationId: string) => void;
};

/** Switch the form to an operation with these values (e.g. lyrics handed to the song form). */
export type OpenOperation = (operationId: string, values: FormValues) => void;

export type CategoryStudioProps = {
  category: Category;
  initialOperationId?: string;
  /** Values the server worked out from `?from=` (see `startingPointFor`). */
  initialValues?: FormValues;
  source?: SourceView;
  submit: SubmitTask;
  /** Group the picker under model families (Veo 3.1, Kling, …). */
  grouped?: boolean;
  /** List operations that need an earlier result too (their form asks for one). */
  includeSourceOnly?: boolean;
  /** Draws the operation chooser; a model picker by default. */
  picker?: (props: PickerProps) => ReactNode;
  resultsTitle: string;
  results: ReactNode | ((open: OpenOperation) => ReactNode);
};

function replaceUrl(params: Record<string, string | null>) {
  const url = new URL(window.location.href);
  for (const [name, value] of Object.entries(params)) {
    if (value === null) url.searchParams.delete(name);
    else url.searchParams.set(name, value);
  }
  window.history.replaceState(null, "", url);
}

/**
 * The shape every media page shares: model picker and the chosen model's form on the left, the
 * results on the right. A result opened as a source stays attached while the chosen model takes it.
 */
export function CategoryStudio({
  category,
  initialOperationId,
  initialValues,
  source,
  submit,
  grouped,
  includeSourceOnly = false,
  picker,
  resultsTitle,
  results,
}: CategoryStudioProps) {
  const queryClient = useQueryClient();
  const all = useEnabledOperations(operationsIn(category));
  const firstId = all.some((op) => op.id === initialOperationId) ? initialOperationId : undefined;
  const operations = includeSourceOnly ? all : pickableOperations(all, firstId);
  const [operationId, setOperationId] = useState(firstId ?? operations[0]?.id);
  // Values handed over by a result ("Use these lyrics"); a new revision remounts the form with them.
  const [handed, setHanded] = useState<{ values: FormValues; revision: number } | null>(null);
  const formRef = useRef<HTMLDivElement>(null);
  const operation = operations.find((op) => op.id === operationId);
  // The prompt follows you when you switch models; model-specific settings start fresh.
  const prompt = useRef(typeof initialValues?.prompt === "string" ? initialValues.prompt : "");

  function valuesFor(op: AnyOperation): FormValues | undefined {
    if (handed) return handed.values;
    const carried = prompt.current ? { prompt: prompt.current } : {};
    if (op.id === firstId && initialValues) return { ...initialValues, ...carried };
    if (source && acceptsSource(op, source.ref)) return { ...prefillFrom(op, source.ref), ...carried };
    return prompt.current ? carried : undefined;
  }

  function choose(id: string) {
    setHanded(null);
    setOperationId(id);
    replaceUrl({ op: id, model: null });
  }

  const open: OpenOperation = (id, values) => {
    setHanded((prev) => ({ values, revision: (prev?.revision ?? 0) + 1 }));
    setOperationId(id);
    replaceUrl({ op: id, model: null });
    formRef.current?.scrollIntoView({ behavior: "smooth", block: "start" });
  };

  if (!operation) return null;
  const attached = source && acceptsSource(operation, source.ref) ? source : undefined;
  const pickerProps = { operations, value: operation.id, onChange: choose };
  return (
    <div className="grid items-start gap-8 lg:grid-cols-[minmax(0,26rem)_minmax(0,1fr)]">
      <div ref={formRef} className="flex min-w-0 scroll-mt-6 flex-col gap-4">
        {picker ? picker(pickerProps) : <ModelPicker {...pickerProps} grouped={grouped} />}
        <OperationForm
          key={`${operation.id}:${attached?.asset.assetId ?? ""}:${handed?.revision ?? 0}`}
          operation={operation}
          submit={submit}
          initialValues={valuesFor(operation)}
          onValuesChange={(values: FormValues) => {
            if (typeof values.prompt === "string") prompt.current = values.prompt;
          }}
          onSubmitted={(task) => addSubmittedTask(queryClient, task)}
          source={attached}
        />
      </div>
      <section aria-label={resultsTitle} className="flex min-w-0 flex-col gap-4">
        <h2 className="text-base font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">
          {resultsTitle}
        </h2>
        {typeof results === "function" ? results(open) : results}
      </section>
    </div>
  );
}
