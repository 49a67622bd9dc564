import { z } from "zod";
import { meta } from "../body";
import { mediaRef } from "../media";

/** Shared field builders for the image catalogue (labels and limits stay per model). */
export const EXAMPLE_IMAGE = "https://images.example.com/kie-studio/reference.png";

export function promptField(max: number, placeholder: string) {
  return z
    .string()
    .trim()
    .min(1, "Write a prompt")
    .max(max, `The prompt can be at most ${max} characters`)
    .meta(meta({ label: "Prompt", widget: "textarea", rows: 4, placeholder }));
}

export function optionalPromptField(max: number, placeholder: string) {
  return z
    .string()
    .trim()
    .max(max, `The prompt can be at most ${max} characters`)
    .optional()
    .meta(meta({ label: "Prompt", widget: "textarea", rows: 4, placeholder }));
}

export function imageUrlsField(max: number, opts: { label?: string; help?: string; min?: number } = {}) {
  const min = opts.min ?? 1;
  return z
    .array(mediaRef("Each image must be a valid URL"))
    .min(min, min === 1 ? "Add at least one image" : `Add at least ${min} images`)
    .max(max, `At most ${max} images`)
    .meta(
      meta({
        label: opts.label ?? "Images",
        widget: "media-urls",
        media: "image",
        help: opts.help ?? `Up to ${max} image URLs.`,
      }),
    );
}

export function optionalImageUrlsField(max: number, opts: { label?: string; help?: string } = {}) {
  return z
    .array(mediaRef("Each image must be a valid URL"))
    .max(max, `At most ${max} images`)
    .optional()
    .meta(
      meta({
        label: opts.label ?? "Reference images",
        widget: "media-urls",
        media: "image",
        help: opts.help ?? `Optional: up to ${max} image URLs to edit or draw from.`,
      }),
    );
}

export function imageUrlField(label = "Image", help?: string) {
  return mediaRef(`${label} must be a valid URL`).meta(
    meta({ label, widget: "media-url", media: "image", help }),
  );
}

export function negativePromptField() {
  return z
    .string()
    .trim()
    .max(5000, "The negative prompt can be at most 5000 characters")
    .optional()
    .meta(
      meta({ label: "Negative prompt", widget: "textarea", rows: 2, advanced: true, help: "What to avoid." }),
    );
}

export function seedIntField() {
  return z
    .number()
    .int("The seed must be a whole number")
    .min(0, "The seed cannot be negative")
    .optional()
    .meta(meta({ label: "Seed", widget: "number", advanced: true, help: "Same seed, same result." }));
}

export function nsfwField() {
  return z
    .boolean()
    .optional()
    .meta(
      meta({
        label: "Safety checker",
        widget: "switch",
        advanced: true,
        help: "Kie's own output filter; when off, Kie does not filter outputs.",
      }),
    );
}

export function formatField<const T extends readonly [string, ...string[]]>(values: T, def: T[number]) {
  return z
    .enum(values)
    .default(def as never)
    .meta(
      meta({
        label: "Format",
        widget: "segmented",
        optionLabels: Object.fromEntries(values.map((v) => [v, v.toUpperCase()])),
        advanced: true,
      }),
    );
}

export function ratioField<const T extends readonly [string, ...string[]]>(
  values: T,
  def: T[number],
  label = "Aspect ratio",
) {
  return z
    .enum(values)
    .default(def as never)
    .meta(
      meta({ label, widget: "select", optionLabels: values.includes("auto") ? { auto: "Auto" } : undefined }),
    );
}

export function resolutionField<const T extends readonly [string, ...string[]]>(values: T, def: T[number]) {
  return z
    .enum(values)
    .default(def as never)
    .meta(meta({ label: "Resolution", widget: "segmented" }));
}

export const SIZE_PRESET_LABELS: Record<string, string> = {
  square: "Square",
  square_hd: "Square HD",
  portrait_4_3: "Portrait 3:4",
  portrait_3_2: "Portrait 2:3",
  portrait_16_9: "Portrait 9:16",
  landscape_4_3: "Landscape 4:3",
  landscape_3_2: "Landscape 3:2",
  landscape_16_9: "Landscape 16:9",
  landscape_21_9: "Landscape 21:9",
};

export const SIZE_PRESETS_6 = [
  "square",
  "square_hd",
  "portrait_4_3",
  "portrait_16_9",
  "landscape_4_3",
  "landscape_16_9",
] as const;

/** `image.market.<model id with / → ->`: the Market id convention for image models. */
export function marketImageId(model: string): string {
  return `image.market.${model.replace(/\//g, "-").toLowerCase()}`;
}
