"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import type { FormValues } from "@/components/forms/field-spec";
import { OperationForm } from "@/components/forms/operation-form";
import type { SubmitTask } from "@/components/forms/submit";
import { operationsIn } from "@/lib/ops/registry";
import { addSubmittedTask } from "@/lib/queries/lists";
import type { TaskPage } from "@/lib/queries/tasks";
import { ImageResults } from "./image-results";
import { ModelPicker } from "./model-picker";

type ImageStudioProps = { initialOperationId?: string; initialPage: TaskPage; submit: SubmitTask };

/** Model picker and its form on the left, the results grid on the right. */
export function ImageStudio({ initialOperationId, initialPage, submit }: ImageStudioProps) {
  const queryClient = useQueryClient();
  const operations = operationsIn("image");
  const [operationId, setOperationId] = useState(
    operations.some((op) => op.id === initialOperationId) ? initialOperationId : operations[0]?.id,
  );
  const operation = operations.find((op) => op.id === operationId);
  // The prompt follows you when you switch models; model-specific settings start fresh.
  const prompt = useRef("");

  function choose(id: string) {
    setOperationId(id);
    const url = new URL(window.location.href);
    url.searchParams.set("model", id);
    window.history.replaceState(null, "", url);
  }

  if (!operation) return null;
  return (
    <div className="grid items-start gap-8 lg:grid-cols-[minmax(0,26rem)_minmax(0,1fr)]">
      <div className="flex min-w-0 flex-col gap-4">
        <ModelPicker operations={operations} value={operation.id} onChange={choose} />
        <OperationForm
          key={operation.id}
          operation={operation}
          submit={submit}
          initialValues={prompt.current ? { prompt: prompt.current } : undefined}
          onValuesChange={(values: FormValues) => {
            if (typeof values.prompt === "string") prompt.current = values.prompt;
          }}
          onSubmitted={(task) => addSubmittedTask(queryClient, task)}
        />
      </div>
      <section aria-labelledby="your-images" className="flex min-w-0 flex-col gap-4">
        <h2
          id="your-images"
          className="text-base font-semibold tracking-tight text-zinc-900 dark:text-zinc-50"
        >
          Your images
        </h2>
        <ImageResults initialPage={initialPage} />
      </section>
    </div>
  );
}
