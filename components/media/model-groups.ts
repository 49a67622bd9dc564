import { z } from "zod";
import type { AnyOperation } from "@/lib/ops/types";

/**
 * Families a model picker groups by. Market ids and model labels spell vendors inconsistently
 * ("bytedance/seedance-…", "Seedance 1.0 Pro"), so a family is recognised by pattern first and
 * only then by the model label with its version stripped.
 */
const FAMILIES: readonly (readonly [RegExp, string])[] = [
  [/\bveo/i, "Veo 3.1"],
  [/runway|aleph/i, "Runway"],
  [/kling/i, "Kling"],
  [/sora/i, "Sora 2"],
  [/hailuo|minimax/i, "Hailuo"],
  [/\bwan\b|[./-]wan[-/.]|^wan/i, "Wan"],
  [/seedance|bytedance(?!.*seedream)/i, "Seedance"],
  [/grok/i, "Grok Imagine"],
  [/happy-?horse/i, "HappyHorse"],
  [/topaz/i, "Topaz"],
  [/infinitalk/i, "Infinitalk"],
  [/elevenlabs/i, "ElevenLabs"],
];

/** "Kling 2.6 Pro" → "Kling"; "Nano Banana 2" → "Nano Banana". */
function stripVersion(label: string): string {
  const words = label.trim().split(/\s+/);
  const cut = words.findIndex((w, i) => i > 0 && /^v?\d/i.test(w));
  return (cut === -1 ? words : words.slice(0, cut)).join(" ");
}

export function familyOf(op: Pick<AnyOperation, "id" | "model">): string {
  const haystack = `${op.id} ${op.model}`;
  for (const [pattern, family] of FAMILIES) if (pattern.test(haystack)) return family;
  return stripVersion(op.model) || op.id.split(".").slice(0, 2).join(".");
}

export type OperationGroup<T> = { family: string; operations: T[] };

/** Operations under their family headings; families in order of first appearance. */
export function groupOperations<T extends Pick<AnyOperation, "id" | "model">>(ops: readonly T[]) {
  const groups = new Map<string, T[]>();
  for (const op of ops) {
    const family = familyOf(op);
    const list = groups.get(family);
    if (list) list.push(op);
    else groups.set(family, [op]);
  }
  return [...groups].map(([family, operations]): OperationGroup<T> => ({ family, operations }));
}

const sourceOnlyCache = new WeakMap<AnyOperation, boolean>();

/**
 * True when the operation cannot start from scratch: one of its fields holds the Kie task id of an
 * earlier result (`ref: "kie-task"`), which only a chosen source can fill. Such operations are
 * reached from a result's follow-up menu, not offered in a picker.
 */
export function needsSource(op: AnyOperation): boolean {
  const cached = sourceOnlyCache.get(op);
  if (cached !== undefined) return cached;
  const schema = z.toJSONSchema(op.input, { io: "input", unrepresentable: "any" }) as {
    properties?: Record<string, { ref?: unknown }>;
  };
  const result = Object.values(schema.properties ?? {}).some((p) => p.ref === "kie-task");
  sourceOnlyCache.set(op, result);
  return result;
}

/** What a category picker lists: operations that start from scratch, plus the one asked for. */
export function pickableOperations(ops: readonly AnyOperation[], currentId?: string): AnyOperation[] {
  return ops.filter((op) => op.id === currentId || !needsSource(op));
}
