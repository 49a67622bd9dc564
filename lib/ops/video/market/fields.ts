import { z } from "zod";
import { meta } from "../../body";
import { mediaRef, mediaUrlField, mediaUrlsField } from "../../media";
import type { OperationDef, SourceSpec } from "../../types";

/** Shared field builders for the Market video catalogue (labels, limits and defaults stay per model). */
export const EXAMPLE_IMAGE = "https://images.example.com/kie-studio/first-frame.png";
export const EXAMPLE_IMAGE_2 = "https://images.example.com/kie-studio/last-frame.png";
export const EXAMPLE_VIDEO = "https://videos.example.com/kie-studio/source-clip.mp4";
export const EXAMPLE_AUDIO = "https://audio.example.com/kie-studio/voice-line.mp3";

/** `video.market.<model id, "/" and "." → "-">`, e.g. `kling-2.6/text-to-video` → `video.market.kling-2-6-text-to-video`. */
export function marketVideoId(model: string): string {
  return `video.market.${model.replace(/[/.]/g, "-").toLowerCase()}`;
}

/** Attach "results lead on" to a Market operation (the helper itself has no `source`). */
export function withSource<S extends z.ZodObject>(
  op: OperationDef<S>,
  source: SourceSpec<z.input<S>>,
  extra: Partial<Pick<OperationDef<S>, "callback">> = {},
): OperationDef<S> {
  return { ...op, ...extra, source };
}

export function promptField(max: number, placeholder: string, help?: string) {
  return z
    .string()
    .trim()
    .min(1, "Describe the video")
    .max(max, `The prompt can be at most ${max} characters`)
    .meta(meta({ label: "Prompt", widget: "textarea", rows: 4, placeholder, help }));
}

export function optionalPromptField(max: number, placeholder: string, help?: string) {
  return z
    .string()
    .trim()
    .max(max, `The prompt can be at most ${max} characters`)
    .optional()
    .meta(meta({ label: "Prompt", widget: "textarea", rows: 4, placeholder, help }));
}

export function negativePromptField(max: number) {
  return z
    .string()
    .trim()
    .max(max, `The negative prompt can be at most ${max} characters`)
    .optional()
    .meta(
      meta({ label: "Negative prompt", widget: "textarea", rows: 2, advanced: true, help: "What to avoid." }),
    );
}

/** Durations Kie documents as string enums (`duration: "5"`). */
export function durationChoice<const T extends readonly [string, ...string[]]>(
  values: T,
  def: T[number],
  help?: string,
) {
  return z
    .enum(values)
    .default(def as never)
    .meta(
      meta({
        label: "Duration",
        widget: values.length > 4 ? "select" : "segmented",
        help,
        optionLabels: Object.fromEntries(values.map((v) => [v, `${v} s`])),
      }),
    );
}

/** Durations Kie documents as integers (`duration: 5`). */
export function durationSeconds(min: number, max: number, def: number, help?: string) {
  return z
    .number()
    .int("The duration must be a whole number of seconds")
    .min(min, `The duration must be between ${min} and ${max} seconds`)
    .max(max, `The duration must be between ${min} and ${max} seconds`)
    .default(def)
    .meta(meta({ label: "Duration (s)", widget: "slider", help: help ?? `${min}–${max} seconds.` }));
}

export function choice<const T extends readonly [string, ...string[]]>(
  values: T,
  def: T[number],
  label: string,
  opts: { help?: string; advanced?: boolean; optionLabels?: Record<string, string>; widget?: "select" } = {},
) {
  return z
    .enum(values)
    .default(def as never)
    .meta(meta({ label, widget: opts.widget ?? (values.length > 4 ? "select" : "segmented"), ...opts }));
}

export function optionalChoice<const T extends readonly [string, ...string[]]>(
  values: T,
  label: string,
  opts: { help?: string; advanced?: boolean; optionLabels?: Record<string, string> } = {},
) {
  return z
    .enum(values)
    .optional()
    .meta(meta({ label, widget: values.length > 4 ? "select" : "segmented", ...opts }));
}

export const ratioField = <const T extends readonly [string, ...string[]]>(values: T, def: T[number]) =>
  choice(values, def, "Aspect ratio", { widget: "select" });

export const resolutionField = <const T extends readonly [string, ...string[]]>(values: T, def: T[number]) =>
  choice(values, def, "Resolution");

export function switchField(label: string, help: string, opts: { advanced?: boolean } = {}) {
  return z
    .boolean()
    .optional()
    .meta(meta({ label, widget: "switch", help, advanced: opts.advanced ?? true }));
}

export function switchWithDefault(
  label: string,
  help: string,
  def: boolean,
  opts: { advanced?: boolean } = {},
) {
  return z
    .boolean()
    .default(def)
    .meta(meta({ label, widget: "switch", help, advanced: opts.advanced ?? false }));
}

export function seedField(min = 0, max = 2_147_483_647) {
  return z
    .number()
    .int("The seed must be a whole number")
    .min(min, `The seed must be between ${min} and ${max}`)
    .max(max, `The seed must be between ${min} and ${max}`)
    .optional()
    .meta(meta({ label: "Seed", widget: "number", advanced: true, help: "Same seed, similar result." }));
}

export const imageField = (label: string, help?: string) => mediaUrlField("image", { label, help });
export const videoField = (label: string, help?: string) => mediaUrlField("video", { label, help });
export const audioField = (label: string, help?: string) => mediaUrlField("audio", { label, help });

function optionalMedia(kind: "image" | "video" | "audio", label: string, help?: string, advanced = false) {
  return mediaRef(`${label} must be a valid URL or one of your results`)
    .optional()
    .meta(meta({ label, help, advanced, widget: "media-url", media: kind }));
}

export const optionalImageField = (label: string, help?: string, advanced = false) =>
  optionalMedia("image", label, help, advanced);
export const optionalVideoField = (label: string, help?: string, advanced = false) =>
  optionalMedia("video", label, help, advanced);
export const optionalAudioField = (label: string, help?: string, advanced = false) =>
  optionalMedia("audio", label, help, advanced);

/** An optional list of media (references): same messages as `mediaUrlsField`, absent when unused. */
export function optionalMediaList(
  kind: "image" | "video" | "audio",
  max: number,
  label: string,
  help?: string,
  advanced = false,
) {
  return z
    .array(mediaRef(`Each ${kind} must be a valid URL or one of your results`))
    .max(max, `At most ${max} ${kind}s`)
    .optional()
    .meta(meta({ label, help: help ?? `Up to ${max}.`, advanced, widget: "media-urls", media: kind }));
}

/** Exactly one media URL in Kie's array-shaped field (`image_urls: [url]`). */
export const singleInList = (kind: "image" | "video", label: string, help?: string) =>
  mediaUrlsField(kind, 1, { label, help: help ?? `One ${kind}.` });

/** Kie's `upload_method` for Sora: where Kie stores the result (s3 globally, oss for mainland China). */
export function uploadMethodField() {
  return choice(["s3", "oss"] as const, "s3", "Storage", {
    advanced: true,
    help: "Where Kie stores the result: S3 (global) or OSS (mainland China).",
    optionLabels: { s3: "S3", oss: "OSS" },
  });
}

/** "Animate with <Model>": any image result pre-fills the model's image field. */
export function animateImage<I>(model: string, prefill: (ref: string) => Partial<I>): SourceSpec<I> {
  return { kinds: ["image"], action: `Animate with ${model}`, prefill: (src) => prefill(src.ref) };
}

/** Video-to-video models start from any video result. */
export function fromVideo<I>(action: string, prefill: (ref: string) => Partial<I>): SourceSpec<I> {
  return { kinds: ["video"], action, prefill: (src) => prefill(src.ref) };
}

/** Credits per second × seconds, rounded to a cent of a credit. */
export const perSecond = (rate: number, seconds: number) => Math.round(rate * seconds * 100) / 100;

/** A superRefine issue on one field. */
export type Ctx = z.RefinementCtx;
export function issue(ctx: Ctx, path: string, message: string): void {
  ctx.addIssue({ code: "custom", path: [path], message });
}

/**
 * Where Kie publishes one per-second rate (at 720p), other resolutions are estimated by pixel count
 * relative to 720p so the hold errs high rather than low.
 */
export const PIXEL_TIER: Record<string, number> = {
  "480p": 0.5,
  "512P": 0.5,
  "580p": 0.75,
  "720p": 1,
  "768P": 1,
  "1080p": 2.25,
  "1080P": 2.25,
};
export const tier = (resolution: string | undefined) => PIXEL_TIER[resolution ?? "720p"] ?? 1;
