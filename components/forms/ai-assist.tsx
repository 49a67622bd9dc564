"use client";

import type { UseFormReturn } from "react-hook-form";
import { WriteWithAi } from "@/components/chat/write-with-ai";
import type { AnyOperation } from "@/lib/ops/types";
import type { FormValues } from "./field-spec";

const set = (form: UseFormReturn<FormValues>, name: string, value: unknown) =>
  form.setValue(name, value, {
    shouldDirty: true,
    shouldTouch: true,
    shouldValidate: form.formState.isSubmitted,
  });

/**
 * "Write with AI" above a form: a song idea becomes lyrics, style and title (custom mode); a
 * short image or video idea becomes a full prompt. The result lands in the form, editable.
 */
export function AiAssist({ operation, form }: { operation: AnyOperation; form: UseFormReturn<FormValues> }) {
  const shape = operation.input.shape as Record<string, unknown>;
  if (operation.id === "music.generate") {
    return (
      <WriteWithAi
        kind="lyrics"
        label="Write lyrics with AI"
        onResult={({ lyrics, style, title }) => {
          set(form, "customMode", true);
          set(form, "instrumental", false);
          set(form, "prompt", lyrics);
          set(form, "style", style);
          set(form, "title", title);
        }}
      />
    );
  }
  if ((operation.category === "image" || operation.category === "video") && "prompt" in shape) {
    const current = form.getValues("prompt");
    return (
      <WriteWithAi
        kind="prompt"
        label="Improve prompt with AI"
        context={`${operation.category} model ${operation.model}${typeof current === "string" && current ? `; current prompt: ${current}` : ""}`}
        onResult={({ prompt }) => set(form, "prompt", prompt)}
      />
    );
  }
  return null;
}
