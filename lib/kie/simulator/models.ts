import { AUDIO_MODELS } from "./models/audio";
import { dimensionsFor, IMAGE_MODELS } from "./models/image";
import { VIDEO_MODELS } from "./models/video";
import type { MediaSpec } from "./types";

export { dimensionsFor };

/**
 * Market ("jobs") models the simulator knows. Add a model by adding an entry: its input rules
 * (validated like Kie, 422 naming the field), its charge, its timing and the media it produces.
 */
export type FieldRule =
  | { type: "string"; required?: boolean; max?: number }
  | { type: "enum"; values: readonly string[]; required?: boolean }
  | { type: "boolean"; required?: boolean }
  | { type: "number"; required?: boolean; min?: number; max?: number; integer?: boolean }
  | { type: "urls"; required?: boolean; max: number };

export type MarketInput = Record<string, unknown>;

export type MarketModel = {
  id: string;
  /** Credits charged when the task succeeds. */
  charge(input: MarketInput): number;
  fields: Record<string, FieldRule>;
  /** Realistic durations (ms at timeScale 1) of the `waiting` and `generating` states. */
  timing: { waiting: number; generating: number };
  /** The media a successful task exposes, in `resultUrls` order. */
  outputs(input: MarketInput, taskId: string): MediaSpec[];
  /** Rules beyond single fields (nested lists, fetching an input URL); throws `InputError` like Kie. */
  check?(input: MarketInput): void;
  /** Text-type results: `resultJson` carries `{resultObject}` (e.g. a transcript) instead of URLs. */
  resultObject?(input: MarketInput, taskId: string): Record<string, unknown>;
  /** Where `[sim:*]` markers are read when the model has no `prompt` (default: `input.prompt`). */
  markerText?(input: MarketInput): string;
};

const NANO_BANANA_SIZES = [
  "1:1",
  "9:16",
  "16:9",
  "3:4",
  "4:3",
  "3:2",
  "2:3",
  "5:4",
  "4:5",
  "21:9",
  "auto",
] as const;

export const MARKET_MODELS: Record<string, MarketModel> = {
  "google/nano-banana": {
    id: "google/nano-banana",
    charge: () => 4,
    fields: {
      prompt: { type: "string", required: true, max: 5000 },
      output_format: { type: "enum", values: ["png", "jpeg"] },
      image_size: { type: "enum", values: NANO_BANANA_SIZES },
    },
    timing: { waiting: 1_000, generating: 5_000 },
    outputs: (input, taskId) => [imageFor(input, taskId, 0)],
  },
  "google/nano-banana-edit": {
    id: "google/nano-banana-edit",
    charge: () => 4,
    fields: {
      prompt: { type: "string", required: true, max: 5000 },
      image_urls: { type: "urls", required: true, max: 10 },
      output_format: { type: "enum", values: ["png", "jpeg"] },
      image_size: { type: "enum", values: NANO_BANANA_SIZES },
    },
    timing: { waiting: 1_000, generating: 5_000 },
    outputs: (input, taskId) => [imageFor(input, taskId, 0)],
  },
  ...IMAGE_MODELS,
  ...VIDEO_MODELS,
  ...AUDIO_MODELS,
};

function imageFor(input: MarketInput, taskId: string, variant: number): MediaSpec {
  const ratio = typeof input.image_size === "string" ? input.image_size : "1:1";
  return {
    kind: "image",
    prompt: typeof input.prompt === "string" ? input.prompt : "",
    seed: taskId,
    variant,
    ...dimensionsFor(ratio, 1024),
    format: input.output_format === "jpeg" ? "jpeg" : "png",
  };
}
