import { invalid } from "../envelope";
import { videoSpecs } from "../media/video";
import type { FieldRule, MarketInput, MarketModel } from "../models";

/**
 * Building blocks for the Market video models: Kie-style field rules, cross-field checks that throw
 * Kie's 422, and a result that is one of the sample clips in public/sim-media picked by aspect ratio.
 */

export const prompt = (max: number, required = true): FieldRule => ({ type: "string", required, max });
export const en = (values: readonly string[], required = false): FieldRule => ({
  type: "enum",
  values,
  required,
});
export const urls = (max: number, required = false): FieldRule => ({ type: "urls", required, max });
export const url = (required = true): FieldRule => ({ type: "string", required, max: 2048 });
export const bool: FieldRule = { type: "boolean" };
export const requiredBool: FieldRule = { type: "boolean", required: true };
export const int = (min: number, max: number, required = false): FieldRule => ({
  type: "number",
  integer: true,
  min,
  max,
  required,
});
export const seed: FieldRule = int(0, 2_147_483_647);

/** Video takes longer than images: a short queue, then 20–60 s of generation at timeScale 1. */
export const TIMING = {
  quick: { waiting: 2_000, generating: 20_000 },
  normal: { waiting: 2_000, generating: 40_000 },
  slow: { waiting: 3_000, generating: 60_000 },
} as const;

export const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const numberOf = (v: unknown, fallback: number): number => {
  const n = typeof v === "string" ? Number(v) : typeof v === "number" ? v : Number.NaN;
  return Number.isFinite(n) ? n : fallback;
};

/** Kie's 422 when a cross-field rule fails. */
export function reject(message: string): never {
  throw invalid(message);
}

export function requireOne(input: MarketInput, keys: string[]): void {
  const present = keys.filter((k) => {
    const v = input[k];
    return Array.isArray(v) ? v.length > 0 : typeof v === "string" ? v.trim() !== "" : v != null;
  });
  if (present.length === 0) reject(`one of ${keys.join(", ")} is required`);
}

/** Per-second charge; string durations ("5") and numbers both count. */
export const perSecond = (rate: number, seconds: number) => Math.round(rate * seconds * 100) / 100;

/** Where the input names a ratio: `aspect_ratio`, Wan 2.7's `ratio`, Sora's portrait/landscape. */
export function ratioOf(input: MarketInput): string | undefined {
  const r = str(input.aspect_ratio) ?? str(input.ratio);
  if (r === "portrait") return "9:16";
  if (r === "landscape") return "16:9";
  return r;
}

type VideoModelSpec = {
  fields: Record<string, FieldRule>;
  charge: number | ((input: MarketInput) => number);
  timing?: MarketModel["timing"];
  check?: (input: MarketInput) => void;
  ratio?: (input: MarketInput) => string | undefined;
};

/** One Market video model: a single clip result shaped by the input's aspect ratio. */
export function videoModel(id: string, spec: VideoModelSpec): [string, MarketModel] {
  const charge = spec.charge;
  const ratio = spec.ratio ?? ratioOf;
  return [
    id,
    {
      id,
      charge: typeof charge === "number" ? () => charge : charge,
      fields: spec.fields,
      timing: spec.timing ?? TIMING.normal,
      check: spec.check,
      outputs: (input, taskId) => [videoSpecs(taskId, ratio(input)).video],
    },
  ];
}

/** Each item of a structured list must be an object whose keys pass `item` (returns a problem). */
export function checkObjects(
  input: MarketInput,
  key: string,
  o: { min?: number; max: number; required?: boolean },
  item: (entry: Record<string, unknown>, index: number) => string | undefined,
): Record<string, unknown>[] {
  const value = input[key];
  if (value === undefined || value === null) {
    if (o.required) reject(`${key} cannot be empty`);
    return [];
  }
  if (!Array.isArray(value)) reject(`${key} must be an array`);
  if (value.length > o.max) reject(`${key} supports at most ${o.max} items`);
  if (value.length < (o.min ?? 0)) reject(`${key} needs at least ${o.min} items`);
  value.forEach((entry, i) => {
    if (!entry || typeof entry !== "object" || Array.isArray(entry)) reject(`${key}[${i}] must be an object`);
    const problem = item(entry as Record<string, unknown>, i);
    if (problem) reject(`${key}[${i}].${problem}`);
  });
  return value as Record<string, unknown>[];
}
