import { z } from "zod";
import { meta, stripUndefined } from "../body";
import { mediaRef } from "../media";
import type { OperationDef } from "../types";

const input = z
  .object({
    prompt: z
      .string()
      .trim()
      .max(4000, "The prompt can be at most 4000 characters")
      .default("")
      .meta(
        meta({
          label: "Prompt",
          widget: "textarea",
          rows: 4,
          placeholder: "A cozy reading nook with warm light, watercolor",
        }),
      ),
    size: z
      .enum(["1:1", "3:2", "2:3"])
      .default("1:1")
      .meta(
        meta({
          label: "Size",
          widget: "segmented",
          optionLabels: { "1:1": "Square", "3:2": "Landscape", "2:3": "Portrait" },
        }),
      ),
    nVariants: z
      .union([z.literal(1), z.literal(2), z.literal(4)])
      .default(1)
      .meta(
        meta({
          label: "Variants",
          widget: "segmented",
          help: "How many images to make (each costs credits).",
        }),
      ),
    filesUrl: z
      .array(mediaRef("Each reference must be a valid URL"))
      .max(5, "At most 5 reference images")
      .default([])
      .meta(
        meta({
          label: "Reference images",
          widget: "media-urls",
          media: "image",
          help: "Up to 5 image URLs to edit or draw from.",
          advanced: true,
        }),
      ),
    maskUrl: mediaRef("The mask must be a valid URL")
      .optional()
      .meta(
        meta({
          label: "Mask",
          widget: "media-url",
          media: "image",
          help: "Black areas are edited, white kept; same size as the image.",
          advanced: true,
        }),
      ),
    isEnhance: z
      .boolean()
      .default(false)
      .meta(meta({ label: "Enhance prompt", widget: "switch", advanced: true })),
    enableFallback: z
      .boolean()
      .default(false)
      .meta(
        meta({
          label: "Fallback model",
          widget: "switch",
          help: "Use another model if GPT-4o is unavailable.",
          advanced: true,
        }),
      ),
    fallbackModel: z
      .enum(["FLUX_MAX", "GPT_IMAGE_1"])
      .default("FLUX_MAX")
      .meta(
        meta({
          label: "Fallback to",
          widget: "select",
          advanced: true,
          showWhen: { field: "enableFallback", in: [true] },
        }),
      ),
  })
  .superRefine((v, ctx) => {
    if (!v.prompt && v.filesUrl.length === 0)
      ctx.addIssue({ code: "custom", path: ["prompt"], message: "Write a prompt or add a reference image" });
  });

export const imageGpt4o: OperationDef<typeof input> = {
  id: "image.gpt4o.generate",
  category: "image",
  title: "GPT-4o Image",
  summary: "OpenAI's image model: strong at text, layout and following instructions.",
  outputs: ["image"],
  mode: "async",
  model: "GPT-4o Image",
  input,
  status: "gpt4o-image",
  callback: "optional",
  request: {
    method: "POST",
    path: "/api/v1/gpt4o-image/generate",
    toBody: (i, { callBackUrl }) =>
      stripUndefined({
        prompt: i.prompt,
        size: i.size,
        nVariants: i.nVariants,
        filesUrl: i.filesUrl.length ? i.filesUrl : undefined,
        maskUrl: i.maskUrl,
        isEnhance: i.isEnhance,
        enableFallback: i.enableFallback,
        fallbackModel: i.enableFallback ? i.fallbackModel : undefined,
        callBackUrl,
      }),
  },
  cost: (i) => 6 * i.nVariants,
  example: { prompt: "A paper-cut fox in a snowy forest, soft morning light", size: "1:1", nVariants: 1 },
};
