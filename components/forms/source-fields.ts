import { prefillFrom } from "@/lib/ops/follow-ups";
import type { AnyOperation, AssetKind, SourceRef } from "@/lib/ops/types";
import type { FieldSpec, FormValues } from "./field-spec";

/** Suno names the chosen track by `audioId`; with a source, the card stands for it too. */
const SOURCE_OUTPUT_FIELD = "audioId";

/** Fields holding the Kie task id of an earlier result: never a text box, the source card fills them. */
export function kieTaskFields(fields: FieldSpec[]): FieldSpec[] {
  return fields.filter((f) => f.ref === "kie-task");
}

/**
 * Fields the source card stands for, so the form hides them: every `ref: "kie-task"` field and
 * Suno's `audioId` (the chosen track). Media fields filled from a source stay visible: their own
 * chip shows the result, so a second card would only repeat it.
 */
export function fieldsHiddenBySource(fields: FieldSpec[]): Set<string> {
  const hidden = new Set(kieTaskFields(fields).map((f) => f.name));
  if (fields.some((f) => f.name === SOURCE_OUTPUT_FIELD)) hidden.add(SOURCE_OUTPUT_FIELD);
  return hidden;
}

/** The form names an earlier result by Kie ids: it shows the source card (once, at the top). */
export function showsSourceCard(fields: FieldSpec[]): boolean {
  return fieldsHiddenBySource(fields).size > 0;
}

/**
 * The values a chosen source sets: the operation's own prefill, plus its Kie task id in any
 * `ref: "kie-task"` field the prefill leaves out. Only fields the form has.
 */
export function valuesFromSource(op: AnyOperation, fields: FieldSpec[], src: SourceRef): FormValues {
  const values: FormValues = { ...prefillFrom(op, src) };
  for (const f of kieTaskFields(fields)) if (values[f.name] === undefined) values[f.name] = src.kieTaskId;
  const known = new Set(fields.map((f) => f.name));
  return Object.fromEntries(Object.entries(values).filter(([name]) => known.has(name)));
}

/** Which of my results the source picker offers. */
export function sourceFilter(op: AnyOperation): { kinds: AssetKind[]; operations?: string[] } {
  return {
    kinds: op.source?.kinds ?? ["audio", "video", "image"],
    operations: op.source?.fromOperations,
  };
}
