import { z } from "zod";
import { meta, stripUndefined } from "../body";
import { mediaRef } from "../media";
import type { OperationDef } from "../types";
import { EXAMPLE_IMAGE } from "./fields";

const RATIOS = ["21:9", "16:9", "4:3", "1:1", "3:4", "9:16"] as const;
const MODELS = ["flux-kontext-pro", "flux-kontext-max"] as const;

/** E lists 50 (pro) / 100 (max) credits; unverified (§10), used as a conservative hold. */
const fluxCost = (i: { model: (typeof MODELS)[number] }) => (i.model === "flux-kontext-max" ? 100 : 50);

function fields(maxTolerance: number) {
  return {
    prompt: z
      .string()
      .trim()
      .min(1, "Write a prompt")
      .max(5000, "The prompt can be at most 5000 characters")
      .meta(
        meta({
          label: "Prompt",
          widget: "textarea",
          rows: 4,
          placeholder: "A brutalist library floating above a misty valley",
          help: "English works best; otherwise keep translation on.",
        }),
      ),
    model: z
      .enum(MODELS)
      .default("flux-kontext-pro")
      .meta(
        meta({
          label: "Model",
          widget: "segmented",
          optionLabels: { "flux-kontext-pro": "Pro", "flux-kontext-max": "Max" },
        }),
      ),
    aspectRatio: z
      .enum(RATIOS)
      .default("16:9")
      .meta(meta({ label: "Aspect ratio", widget: "select" })),
    outputFormat: z
      .enum(["jpeg", "png"])
      .default("jpeg")
      .meta(
        meta({
          label: "Format",
          widget: "segmented",
          optionLabels: { jpeg: "JPEG", png: "PNG" },
          advanced: true,
        }),
      ),
    enableTranslation: z
      .boolean()
      .default(true)
      .meta(
        meta({
          label: "Translate prompt",
          widget: "switch",
          advanced: true,
          help: "Translate a non-English prompt to English first.",
        }),
      ),
    promptUpsampling: z
      .boolean()
      .default(false)
      .meta(meta({ label: "Enhance prompt", widget: "switch", advanced: true })),
    safetyTolerance: z
      .number()
      .int("Safety tolerance is a whole number")
      .min(0, "Safety tolerance is at least 0")
      .max(maxTolerance, `Safety tolerance is at most ${maxTolerance}`)
      .default(2)
      .meta(
        meta({
          label: "Safety tolerance",
          widget: "slider",
          advanced: true,
          help: `0 is the strictest, ${maxTolerance} the most permissive.`,
        }),
      ),
    uploadCn: z
      .boolean()
      .optional()
      .meta(meta({ label: "China upload servers", widget: "switch", advanced: true })),
    watermark: z
      .string()
      .trim()
      .max(100, "The watermark can be at most 100 characters")
      .optional()
      .meta(meta({ label: "Watermark", advanced: true, help: "Text watermark added to the image." })),
  };
}

const generateInput = z.object(fields(6));
const editInput = z.object({
  inputImage: mediaRef("The input image must be a valid URL").meta(
    meta({ label: "Image to edit", widget: "media-url", media: "image" }),
  ),
  ...fields(2),
});

type FluxInput = z.output<typeof generateInput> & { inputImage?: string };

function toBody(i: FluxInput, callBackUrl: string | undefined): Record<string, unknown> {
  return stripUndefined({
    prompt: i.prompt,
    inputImage: i.inputImage,
    model: i.model,
    aspectRatio: i.aspectRatio,
    outputFormat: i.outputFormat,
    enableTranslation: i.enableTranslation,
    promptUpsampling: i.promptUpsampling,
    safetyTolerance: i.safetyTolerance,
    uploadCn: i.uploadCn,
    watermark: i.watermark,
    callBackUrl,
  });
}

export const imageFluxKontextGenerate: OperationDef<typeof generateInput> = {
  id: "image.flux-kontext.generate",
  category: "image",
  title: "Flux Kontext",
  summary: "Black Forest Labs' Kontext: crisp images from a prompt, Pro or Max.",
  outputs: ["image"],
  mode: "async",
  model: "Flux Kontext",
  input: generateInput,
  status: "flux-kontext",
  callback: "optional",
  request: {
    method: "POST",
    path: "/api/v1/flux/kontext/generate",
    toBody: (i, { callBackUrl }) => toBody(i, callBackUrl),
  },
  cost: fluxCost,
  example: {
    prompt: "A brutalist library floating above a misty valley, golden hour",
    model: "flux-kontext-pro",
    aspectRatio: "16:9",
  },
};

export const imageFluxKontextEdit: OperationDef<typeof editInput> = {
  id: "image.flux-kontext.edit",
  category: "image",
  title: "Flux Kontext edit",
  summary: "Edit an image with a sentence: keep the subject, change the scene or style.",
  outputs: ["image"],
  mode: "async",
  model: "Flux Kontext",
  input: editInput,
  status: "flux-kontext",
  callback: "optional",
  request: {
    method: "POST",
    path: "/api/v1/flux/kontext/generate",
    toBody: (i, { callBackUrl }) => toBody(i, callBackUrl),
  },
  cost: fluxCost,
  example: {
    inputImage: EXAMPLE_IMAGE,
    prompt: "Turn the scene into a snowy winter evening",
    aspectRatio: "1:1",
  },
};
