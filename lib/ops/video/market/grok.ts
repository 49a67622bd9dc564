import { z } from "zod";
import { meta } from "../../body";
import { marketOperation } from "../../market";
import {
  animateImage,
  choice,
  durationChoice,
  durationSeconds,
  EXAMPLE_IMAGE,
  issue,
  marketVideoId,
  optionalMediaList,
  optionalPromptField,
  perSecond,
  promptField,
  ratioField,
  resolutionField,
  withSource,
} from "./fields";

/** REFERENCE §13: Grok Imagine video 3/s at 720p, 1.6/s at 480p; upscale 10 flat. */
const rate = (res: string) => (res === "720p" ? 3 : 1.6);
const RATIOS = ["2:3", "3:2", "1:1", "16:9", "9:16"] as const;
const PROMPT = "A tiny astronaut explores a giant mossy forest floor";

const modeField = () =>
  choice(["normal", "fun", "spicy"] as const, "normal", "Style", {
    optionLabels: { normal: "Normal", fun: "Fun", spicy: "Spicy" },
    help: "Spicy is not available with your own images.",
  });

function grokTaskId(label: string, help: string) {
  return z
    .string()
    .trim()
    .min(1, `Pick the ${label} to start from`)
    .max(128, "That does not look like a Kie task id")
    .meta(meta({ label, ref: "kie-task", help }));
}

export const grokTextToVideo = marketOperation({
  id: marketVideoId("grok-imagine/text-to-video"),
  model: "grok-imagine/text-to-video",
  category: "video",
  title: "Grok Imagine · Text to video",
  modelLabel: "Grok Imagine",
  summary: "xAI's Grok Imagine: playful 6–30 s clips with sound, cheapest at 480p.",
  outputs: ["video"],
  input: z.object({
    prompt: promptField(5000, PROMPT),
    aspect_ratio: ratioField(RATIOS, "2:3"),
    mode: modeField(),
    duration: durationSeconds(6, 30, 6),
    resolution: resolutionField(["480p", "720p"] as const, "480p"),
  }),
  cost: (i) => perSecond(rate(i.resolution), i.duration),
  example: { prompt: PROMPT, aspect_ratio: "16:9", mode: "normal", duration: 6, resolution: "480p" },
});

export const grokImageToVideo = withSource(
  marketOperation({
    id: marketVideoId("grok-imagine/image-to-video"),
    model: "grok-imagine/image-to-video",
    category: "video",
    title: "Grok Imagine · Image to video",
    modelLabel: "Grok Imagine",
    summary: "Animate up to 7 images, or one of your Grok Imagine pictures, with sound.",
    outputs: ["video"],
    input: z
      .object({
        image_urls: optionalMediaList(
          "image",
          7,
          "Images",
          "Up to 7 images; or pick a Grok Imagine image task instead.",
        ),
        task_id: z
          .string()
          .trim()
          .max(128, "That does not look like a Kie task id")
          .optional()
          .meta(
            meta({
              label: "Grok image task",
              ref: "kie-task",
              advanced: true,
              help: "A Grok Imagine image task to animate instead of uploaded images.",
            }),
          ),
        index: z
          .number()
          .int("The index is a whole number")
          .min(0, "The index is 0–5")
          .max(5, "The index is 0–5")
          .optional()
          .meta(
            meta({
              label: "Image of the task",
              widget: "number",
              advanced: true,
              help: "Which of the task's images (0–5).",
            }),
          ),
        prompt: optionalPromptField(5000, "The astronaut waves and bounces away"),
        mode: modeField(),
        duration: durationSeconds(6, 30, 6),
        resolution: resolutionField(["480p", "720p"] as const, "480p"),
        aspect_ratio: ratioField(RATIOS, "2:3"),
      })
      .superRefine((v, ctx) => {
        const images = v.image_urls?.length ?? 0;
        if (!images && !v.task_id) issue(ctx, "image_urls", "Add an image or pick a Grok Imagine image task");
        if (images && v.task_id)
          issue(ctx, "task_id", "Use either your images or a Grok image task, not both");
        if (v.index !== undefined && !v.task_id)
          issue(ctx, "index", "An image index needs a Grok image task");
        if (images && v.mode === "spicy")
          issue(ctx, "mode", "Spicy mode is not available with your own images");
      }),
    cost: (i) => perSecond(rate(i.resolution), i.duration),
    example: { image_urls: [EXAMPLE_IMAGE], prompt: "The astronaut waves and bounces away", duration: 6 },
  }),
  animateImage("Grok Imagine", (ref) => ({ image_urls: [ref] })),
);

const GROK_VIDEO_OPS = [grokTextToVideo.id, grokImageToVideo.id, marketVideoId("grok-imagine/extend")];

/** Unpriced per se: the extension is billed like new 720p seconds (3/s). */
export const grokExtend = withSource(
  marketOperation({
    id: marketVideoId("grok-imagine/extend"),
    model: "grok-imagine/extend",
    category: "video",
    title: "Grok Imagine · Extend",
    modelLabel: "Grok Imagine",
    summary: "Continue one of your Grok Imagine videos by 6 or 10 seconds.",
    outputs: ["video"],
    input: z.object({
      task_id: grokTaskId("Grok video", "The Grok Imagine video to continue."),
      prompt: promptField(5000, "The astronaut discovers a glowing mushroom"),
      extend_at: z
        .number()
        .int("Whole seconds only")
        .min(0, "The start cannot be negative")
        .max(30, "The start is at most 30 s")
        .default(0)
        .meta(
          meta({
            label: "Extend from (s)",
            widget: "number",
            advanced: true,
            help: "Second of the source video the continuation starts from.",
          }),
        ),
      extend_times: durationChoice(["6", "10"] as const, "6", "How many seconds to add."),
    }),
    cost: (i) => perSecond(rate("720p"), Number(i.extend_times)),
    example: {
      task_id: "grok_task_abcdef123456",
      prompt: "The astronaut discovers a glowing mushroom",
      extend_times: "6",
    },
  }),
  {
    kinds: ["video"],
    fromOperations: GROK_VIDEO_OPS,
    action: "Extend",
    prefill: (src) => ({ task_id: src.kieTaskId }),
  },
);

export const grokUpscale = withSource(
  marketOperation({
    id: marketVideoId("grok-imagine/upscale"),
    model: "grok-imagine/upscale",
    category: "video",
    title: "Grok Imagine · Upscale",
    modelLabel: "Grok Imagine",
    summary: "Sharpen one of your Grok Imagine videos to a higher resolution.",
    outputs: ["video"],
    input: z.object({
      task_id: grokTaskId("Grok video", "The Grok Imagine video to upscale."),
    }),
    cost: () => 10,
    example: { task_id: "grok_task_abcdef123456" },
  }),
  {
    kinds: ["video"],
    fromOperations: GROK_VIDEO_OPS,
    action: "Upscale",
    prefill: (src) => ({ task_id: src.kieTaskId }),
  },
);

export const grokFamily = [grokTextToVideo, grokImageToVideo, grokExtend, grokUpscale];
