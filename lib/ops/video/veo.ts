import { z } from "zod";
import { meta, stripUndefined } from "../body";
import { mediaRef } from "../media";
import type { OperationDef, SourceSpec } from "../types";

/** REFERENCE §7.7 / §13: empirical credits per 8 s clip (720p, 16:9). */
export const VEO_CLIP_CREDITS = { veo3: 250, veo3_fast: 168, veo3_lite: 30 } as const;
/** Upgrades (§7.7): 1080p +5, 4K +120, flat. */
export const VEO_UPGRADE_CREDITS = { "720p": 0, "1080p": 5, "4k": 120 } as const;
/** Extend spells the models differently (§7.3). */
const EXTEND_CREDITS = { quality: 250, fast: 168, lite: 30 } as const;

const seeds = z
  .number()
  .int("Seed must be a whole number")
  .min(10000, "Seed must be between 10000 and 99999")
  .max(99999, "Seed must be between 10000 and 99999")
  .optional()
  .meta(
    meta({
      label: "Seed",
      widget: "number",
      help: "10000–99999; same seed, similar result.",
      advanced: true,
    }),
  );

const watermark = z
  .string()
  .trim()
  .max(100, "The watermark can be at most 100 characters")
  .optional()
  .meta(meta({ label: "Watermark text", help: "Leave empty for no watermark.", advanced: true }));

const veoPrompt = z
  .string()
  .trim()
  .min(1, "Describe the video")
  .max(5000, "The prompt can be at most 5000 characters")
  .meta(
    meta({
      label: "Prompt",
      widget: "textarea",
      rows: 4,
      placeholder: "A slow dolly shot through a neon-lit alley in the rain",
      help: "English works best; other languages are translated when translation is on.",
    }),
  );

const generateInput = z
  .object({
    prompt: veoPrompt,
    model: z
      .enum(["veo3_fast", "veo3", "veo3_lite"])
      .default("veo3_fast")
      .meta(
        meta({
          label: "Model",
          widget: "segmented",
          optionLabels: { veo3_fast: "Fast", veo3: "Quality", veo3_lite: "Lite" },
        }),
      ),
    generationType: z
      .enum(["TEXT_2_VIDEO", "FIRST_AND_LAST_FRAMES_2_VIDEO", "REFERENCE_2_VIDEO"])
      .optional()
      .meta(
        meta({
          label: "Mode",
          widget: "select",
          help: "Leave empty to let Kie choose from the images you add.",
          optionLabels: {
            TEXT_2_VIDEO: "Text to video",
            FIRST_AND_LAST_FRAMES_2_VIDEO: "First and last frames",
            REFERENCE_2_VIDEO: "Reference images (Fast only)",
          },
        }),
      ),
    imageUrls: z
      .array(mediaRef("Each image must be a valid URL"))
      .max(3, "At most 3 images")
      .default([])
      .meta(
        meta({
          label: "Images",
          widget: "media-urls",
          media: "image",
          help: "1 image: animate it; 2: first and last frame; reference mode takes 1–3.",
        }),
      ),
    aspect_ratio: z
      .enum(["16:9", "9:16", "Auto"])
      .default("16:9")
      .meta(
        meta({
          label: "Aspect ratio",
          widget: "segmented",
          optionLabels: { "16:9": "Landscape", "9:16": "Portrait", Auto: "Auto" },
        }),
      ),
    resolution: z
      .enum(["720p", "1080p", "4k"])
      .default("720p")
      .meta(
        meta({
          label: "Resolution",
          widget: "segmented",
          optionLabels: { "720p": "720p", "1080p": "1080p (+5)", "4k": "4K (+120)" },
          advanced: true,
        }),
      ),
    enableTranslation: z
      .boolean()
      .default(true)
      .meta(meta({ label: "Translate prompt to English", widget: "switch", advanced: true })),
    watermark,
    seeds,
  })
  .superRefine((v, ctx) => {
    const n = v.imageUrls.length;
    if (v.generationType === "REFERENCE_2_VIDEO") {
      if (n < 1)
        ctx.addIssue({ code: "custom", path: ["imageUrls"], message: "Reference mode needs 1–3 images" });
      if (v.model !== "veo3_fast")
        ctx.addIssue({ code: "custom", path: ["model"], message: "Reference mode works only with Fast" });
      if (v.aspect_ratio === "Auto")
        ctx.addIssue({
          code: "custom",
          path: ["aspect_ratio"],
          message: "Reference mode needs 16:9 or 9:16",
        });
    } else if (n > 2) {
      ctx.addIssue({
        code: "custom",
        path: ["imageUrls"],
        message: "Only reference mode takes 3 images; use at most 2 (first and last frame)",
      });
    }
    if (v.generationType === "FIRST_AND_LAST_FRAMES_2_VIDEO" && n < 1)
      ctx.addIssue({
        code: "custom",
        path: ["imageUrls"],
        message: "Add a first frame (and optionally a last frame)",
      });
    if (v.generationType === "TEXT_2_VIDEO" && n > 0)
      ctx.addIssue({
        code: "custom",
        path: ["generationType"],
        message: "Text to video takes no images; remove them or pick an image mode",
      });
  });

export const videoVeoGenerate: OperationDef<typeof generateInput> = {
  id: "video.veo.generate",
  category: "video",
  title: "Veo 3.1",
  summary: "Google's Veo 3.1: 8-second clips with sound, from text or from first/last frames or references.",
  outputs: ["video"],
  mode: "async",
  model: "Veo 3.1",
  input: generateInput,
  status: "veo",
  callback: "optional",
  request: {
    method: "POST",
    path: "/api/v1/veo/generate",
    toBody: (i, { callBackUrl }) =>
      stripUndefined({
        prompt: i.prompt,
        imageUrls: i.imageUrls.length ? i.imageUrls : undefined,
        model: i.model,
        generationType: i.generationType,
        // snake_case on this endpoint only (§7.1)
        aspect_ratio: i.aspect_ratio,
        resolution: i.resolution,
        enableTranslation: i.enableTranslation,
        watermark: i.watermark,
        seeds: i.seeds,
        callBackUrl,
      }),
  },
  cost: (i) => VEO_CLIP_CREDITS[i.model] + VEO_UPGRADE_CREDITS[i.resolution],
  source: {
    kinds: ["image"],
    action: "Animate with Veo 3.1",
    prefill: (src) => ({ generationType: "FIRST_AND_LAST_FRAMES_2_VIDEO", imageUrls: [src.ref] }),
  },
  example: { prompt: "A paper boat drifting down a rainy street gutter, macro lens", aspect_ratio: "16:9" },
};

/** Veo results that later operations start from (by Kie task id). */
const VEO_SOURCES = ["video.veo.generate", "video.veo.extend"];

const sourceTaskId = z
  .string()
  .trim()
  .min(1, "Pick the Veo video to start from")
  .max(128, "That does not look like a Kie task id")
  .meta(
    meta({
      label: "Source Veo video",
      help: "The Veo video to start from.",
      placeholder: "Kie task id",
      ref: "kie-task",
    }),
  );

const extendInput = z.object({
  taskId: sourceTaskId,
  prompt: veoPrompt,
  model: z
    .enum(["fast", "quality", "lite"])
    .default("fast")
    .meta(
      meta({
        label: "Model",
        widget: "segmented",
        optionLabels: { fast: "Fast", quality: "Quality", lite: "Lite" },
      }),
    ),
  watermark,
  seeds,
});

export const videoVeoExtend: OperationDef<typeof extendInput> = {
  id: "video.veo.extend",
  category: "video",
  title: "Veo 3.1 extend",
  summary: "Continue a Veo video by about 7 seconds; the stitched whole comes back too.",
  outputs: ["video"],
  mode: "async",
  model: "Veo 3.1",
  input: extendInput,
  status: "veo",
  callback: "optional",
  request: {
    method: "POST",
    path: "/api/v1/veo/extend",
    toBody: (i, { callBackUrl }) =>
      stripUndefined({
        taskId: i.taskId,
        prompt: i.prompt,
        model: i.model,
        watermark: i.watermark,
        seeds: i.seeds,
        callBackUrl,
      }),
  },
  cost: (i) => EXTEND_CREDITS[i.model],
  source: {
    kinds: ["video"],
    fromOperations: VEO_SOURCES,
    action: "Extend with Veo",
    prefill: (src) => ({ taskId: src.kieTaskId }),
  },
  example: { taskId: "veo_task_abcdef123456", prompt: "The boat tips over a small waterfall", model: "fast" },
};

const index = z
  .number()
  .int("Index must be a whole number")
  .min(0, "Index starts at 0")
  .max(3, "Index must be 0–3")
  .default(0)
  .meta(
    meta({
      label: "Video index",
      widget: "number",
      help: "Which video of the task (0 = first).",
      advanced: true,
    }),
  );

const upgradeInput = z.object({ taskId: sourceTaskId, index });

function upgradeSource(action: string): SourceSpec<z.input<typeof upgradeInput>> {
  return {
    kinds: ["video"],
    fromOperations: VEO_SOURCES,
    action,
    prefill: (src) => ({ taskId: src.kieTaskId, index: src.outputIndex }),
  };
}

/**
 * 1080p is not a task at Kie: `GET /api/v1/veo/get-1080p-video?taskId=<source>&index=` answers body
 * code 400 "1080P is processing…" until the upscale is ready, then 200 `{resultUrl}`. No POST, no
 * callback, no new task id.
 *
 * Design: a *poll-only* operation. Its Kie task id IS the source Veo task id, its status family
 * (`veo-1080p`) polls the GET above and reads "processing" as running. The task engine must not
 * POST for it: `request.pollOnly` tells the engine to skip the create and poll the source task (see the
 * comment there). `request` still names the Kie path and the query it will carry, so the catalog
 * and snapshots show the real endpoint; it is never POSTed by a poll-only-aware engine.
 */
export const videoVeoGet1080p: OperationDef<typeof upgradeInput> = {
  id: "video.veo.get-1080p",
  category: "video",
  title: "Veo 1080p",
  summary: "Get the 1080p version of a Veo video (ready in 1–3 minutes).",
  outputs: ["video"],
  mode: "async",
  model: "Veo 3.1",
  input: upgradeInput,
  status: "veo-1080p",
  callback: "optional",
  request: {
    method: "GET",
    path: "/api/v1/veo/get-1080p-video",
    // The GET query, not a body: there is no create, only polls (see pollOnly).
    toBody: (i) => ({ taskId: i.taskId, index: i.index }),
    pollOnly: {
      kieTaskId: (i) => i.taskId,
      query: (i) => ({ index: String(i.index) }),
    },
  },
  cost: () => VEO_UPGRADE_CREDITS["1080p"],
  source: upgradeSource("Get 1080p"),
  example: { taskId: "veo_task_abcdef123456", index: 0 },
};

export const videoVeoGet4k: OperationDef<typeof upgradeInput> = {
  id: "video.veo.get-4k",
  category: "video",
  title: "Veo 4K",
  summary: "Get the 4K version of a Veo video (5–10 minutes).",
  outputs: ["video"],
  mode: "async",
  model: "Veo 3.1",
  input: upgradeInput,
  status: "veo-4k",
  callback: "optional",
  request: {
    method: "POST",
    path: "/api/v1/veo/get-4k-video",
    toBody: (i, { callBackUrl }) => stripUndefined({ taskId: i.taskId, index: i.index, callBackUrl }),
  },
  cost: () => VEO_UPGRADE_CREDITS["4k"],
  source: upgradeSource("Get 4K"),
  example: { taskId: "veo_task_abcdef123456", index: 0 },
};
