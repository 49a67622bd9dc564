import { z } from "zod";
import { meta, stripUndefined } from "../body";
import { mediaRef } from "../media";
import type { OperationDef } from "../types";

/**
 * REFERENCE §8/§13: Runway ≈ 12 credits per 5 s 720p clip (2.4/s); extend and Aleph 6/s.
 * 1080p is not priced in any source: the hold assumes double.
 */
export const RUNWAY_CREDITS_PER_SECOND = 2.4;
export const RUNWAY_EXTEND_CREDITS_PER_SECOND = 6;
export const ALEPH_CREDITS_PER_SECOND = 6;
/** Extensions and Aleph results are about 5 s long. */
const SHORT_CLIP_SECONDS = 5;

const prompt = z
  .string()
  .trim()
  .min(1, "Describe the video")
  .max(1800, "The prompt can be at most 1800 characters")
  .meta(
    meta({
      label: "Prompt",
      widget: "textarea",
      rows: 4,
      placeholder: "A hot-air balloon rising over misty hills at dawn",
    }),
  );

const quality = z
  .enum(["720p", "1080p"])
  .default("720p")
  .meta(meta({ label: "Quality", widget: "segmented", help: "1080p is only available for 5-second clips." }));

const waterMark = z
  .string()
  .trim()
  .max(100, "The watermark can be at most 100 characters")
  .optional()
  .meta(meta({ label: "Watermark text", help: "Leave empty for no watermark.", advanced: true }));

const generateInput = z
  .object({
    prompt,
    imageUrl: mediaRef("The image must be a valid URL")
      .optional()
      .meta(
        meta({
          label: "Start image",
          widget: "media-url",
          media: "image",
          help: "Optional: animate this image (the aspect ratio then follows the image).",
        }),
      ),
    duration: z
      .union([z.literal(5), z.literal(10)])
      .default(5)
      .meta(meta({ label: "Duration", widget: "segmented", optionLabels: { "5": "5 s", "10": "10 s" } })),
    quality,
    aspectRatio: z
      .enum(["16:9", "4:3", "1:1", "3:4", "9:16"])
      .default("16:9")
      .meta(
        meta({ label: "Aspect ratio", widget: "segmented", help: "Ignored when a start image is given." }),
      ),
    waterMark,
  })
  .superRefine((v, ctx) => {
    if (v.quality === "1080p" && v.duration === 10)
      ctx.addIssue({
        code: "custom",
        path: ["duration"],
        message: "1080p cannot be combined with 10 seconds; pick 5 s or 720p",
      });
  });

export const videoRunwayGenerate: OperationDef<typeof generateInput> = {
  id: "video.runway.generate",
  category: "video",
  title: "Runway",
  summary: "Runway video from text or a start image: 5 or 10 seconds, 720p or 1080p.",
  outputs: ["video"],
  mode: "async",
  model: "Runway",
  input: generateInput,
  status: "runway",
  // The OpenAPI schema marks callBackUrl required (§8.1).
  callback: "required",
  request: {
    method: "POST",
    path: "/api/v1/runway/generate",
    toBody: (i, { callBackUrl }) =>
      stripUndefined({
        prompt: i.prompt,
        imageUrl: i.imageUrl,
        duration: i.duration,
        quality: i.quality,
        aspectRatio: i.aspectRatio,
        waterMark: i.waterMark,
        callBackUrl,
      }),
  },
  cost: (i) => Math.ceil(RUNWAY_CREDITS_PER_SECOND * i.duration * (i.quality === "1080p" ? 2 : 1)),
  source: {
    kinds: ["image"],
    action: "Animate with Runway",
    prefill: (src) => ({ imageUrl: src.ref }),
  },
  example: { prompt: "A hot-air balloon rising over misty hills at dawn", duration: 5, quality: "720p" },
};

const extendInput = z.object({
  taskId: z
    .string()
    .trim()
    .min(1, "Pick the Runway video to extend")
    .max(128, "That does not look like a Kie task id")
    .meta(
      meta({
        label: "Source Runway video",
        help: "The Runway video to continue.",
        placeholder: "Kie task id",
        ref: "kie-task",
      }),
    ),
  prompt,
  quality,
  waterMark,
});

export const videoRunwayExtend: OperationDef<typeof extendInput> = {
  id: "video.runway.extend",
  category: "video",
  title: "Runway extend",
  summary: "Continue a Runway video from its last frame.",
  outputs: ["video"],
  mode: "async",
  model: "Runway",
  input: extendInput,
  status: "runway",
  callback: "required",
  request: {
    method: "POST",
    path: "/api/v1/runway/extend",
    toBody: (i, { callBackUrl }) =>
      stripUndefined({
        taskId: i.taskId,
        prompt: i.prompt,
        quality: i.quality,
        waterMark: i.waterMark,
        callBackUrl,
      }),
  },
  cost: (i) => RUNWAY_EXTEND_CREDITS_PER_SECOND * SHORT_CLIP_SECONDS * (i.quality === "1080p" ? 2 : 1),
  source: {
    kinds: ["video"],
    fromOperations: ["video.runway.generate", "video.runway.extend"],
    action: "Extend with Runway",
    prefill: (src) => ({ taskId: src.kieTaskId }),
  },
  example: { taskId: "ee603959-debb-48d1-98c4-a6d1c717eba6", prompt: "The balloon drifts into the clouds" },
};

const alephInput = z.object({
  prompt,
  videoUrl: mediaRef("The video must be a valid URL").meta(
    meta({ label: "Video", widget: "media-url", media: "video", help: "The video to transform." }),
  ),
  referenceImage: mediaRef("The reference must be a valid URL")
    .optional()
    .meta(
      meta({
        label: "Reference image",
        widget: "media-url",
        media: "image",
        help: "Optional style or content reference.",
        advanced: true,
      }),
    ),
  aspectRatio: z
    .enum(["16:9", "9:16", "4:3", "3:4", "1:1", "21:9"])
    .optional()
    .meta(
      meta({
        label: "Aspect ratio",
        widget: "select",
        help: "Leave empty to keep the video's.",
        advanced: true,
      }),
    ),
  seed: z
    .number()
    .int("Seed must be a whole number")
    .min(0, "Seed cannot be negative")
    .optional()
    .meta(meta({ label: "Seed", widget: "number", advanced: true })),
  waterMark,
  uploadCn: z
    .boolean()
    .default(false)
    .meta(meta({ label: "Upload via China servers", widget: "switch", advanced: true })),
});

export const videoAlephGenerate: OperationDef<typeof alephInput> = {
  id: "video.aleph.generate",
  category: "video",
  title: "Runway Aleph",
  summary: "Video to video: restyle, relight or change what is in an existing clip.",
  outputs: ["video"],
  mode: "async",
  model: "Runway Aleph",
  input: alephInput,
  status: "aleph",
  callback: "optional",
  request: {
    method: "POST",
    path: "/api/v1/aleph/generate",
    toBody: (i, { callBackUrl }) =>
      stripUndefined({
        prompt: i.prompt,
        videoUrl: i.videoUrl,
        referenceImage: i.referenceImage,
        aspectRatio: i.aspectRatio,
        seed: i.seed,
        waterMark: i.waterMark,
        uploadCn: i.uploadCn,
        callBackUrl,
      }),
  },
  // Not priced in the sources; 6/s (REFERENCE §13) over a ~5 s result.
  cost: () => ALEPH_CREDITS_PER_SECOND * SHORT_CLIP_SECONDS,
  source: {
    kinds: ["video"],
    action: "Restyle with Aleph",
    prefill: (src) => ({ videoUrl: src.ref }),
  },
  example: {
    prompt: "Make it a snowy winter evening",
    videoUrl: "https://example.com/input-video.mp4",
  },
};
