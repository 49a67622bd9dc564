import { z } from "zod";
import { meta } from "../body";
import { marketOperation } from "../market";
import {
  EXAMPLE_IMAGE,
  imageUrlField,
  marketImageId,
  optionalImageUrlsField,
  promptField,
  ratioField,
  resolutionField,
  seedIntField,
} from "./fields";

export const zImage = marketOperation({
  id: marketImageId("z-image"),
  model: "z-image",
  category: "image",
  title: "Z-Image",
  modelLabel: "Z-Image",
  summary: "Tongyi's Z-Image Turbo: fast photoreal images, cheap.",
  outputs: ["image"],
  input: z.object({
    prompt: promptField(1000, "A street photographer's portrait of an old fisherman"),
    aspect_ratio: ratioField(["1:1", "4:3", "3:4", "16:9", "9:16"] as const, "1:1"),
  }),
  cost: () => 3,
  example: { prompt: "A street photographer's portrait of an old fisherman", aspect_ratio: "3:4" },
});

const WAN_RATIOS = ["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3", "21:9", "8:1", "1:8"] as const;

function wan(model: "wan/2-7-image" | "wan/2-7-image-pro", title: string, credits: number) {
  return marketOperation({
    id: marketImageId(model),
    model,
    category: "image",
    title,
    modelLabel: title,
    summary: "Alibaba's Wan 2.7 image model: prompt or up to 9 references, up to 4K.",
    outputs: ["image"],
    input: z.object({
      prompt: promptField(5000, "A children's book spread about a fox who learns to fly"),
      input_urls: optionalImageUrlsField(9),
      aspect_ratio: ratioField(WAN_RATIOS, "1:1"),
      resolution: resolutionField(["1K", "2K", "4K"], "2K"),
      n: z
        .number()
        .int("Whole images only")
        .min(1, "At least 1 image")
        .max(4, "At most 4 images")
        .default(1)
        .meta(meta({ label: "Images", widget: "slider", help: "Each image costs credits." })),
      enable_sequential: z
        .boolean()
        .optional()
        .meta(
          meta({
            label: "Image sequence",
            widget: "switch",
            advanced: true,
            help: "A coherent set (story frames).",
          }),
        ),
      thinking_mode: z
        .boolean()
        .optional()
        .meta(
          meta({
            label: "Thinking mode",
            widget: "switch",
            advanced: true,
            help: "Plan the layout before drawing.",
          }),
        ),
      watermark: z
        .boolean()
        .optional()
        .meta(meta({ label: "Watermark", widget: "switch", advanced: true })),
      seed: seedIntField(),
    }),
    cost: (i) => credits * i.n,
    example: { prompt: "A children's book spread about a fox who learns to fly", aspect_ratio: "16:9" },
  });
}

export const topazImageUpscale = marketOperation({
  id: marketImageId("topaz/image-upscale"),
  model: "topaz/image-upscale",
  category: "image",
  title: "Topaz upscale",
  modelLabel: "Topaz",
  summary: "Upscale an image up to 8× with Topaz, sharpening detail.",
  outputs: ["image"],
  input: z.object({
    image_url: imageUrlField("Image to upscale"),
    upscale_factor: z
      .enum(["1", "2", "4", "8"])
      .default("2")
      .meta(
        meta({
          label: "Upscale",
          widget: "segmented",
          optionLabels: { "1": "1× (enhance)", "2": "2×", "4": "4×", "8": "8×" },
        }),
      ),
  }),
  cost: () => 4,
  example: { image_url: EXAMPLE_IMAGE, upscale_factor: "2" },
});

function recraft(
  model: "recraft/crisp-upscale" | "recraft/remove-background",
  title: string,
  summary: string,
) {
  return marketOperation({
    id: marketImageId(model),
    model,
    category: "image",
    title,
    modelLabel: "Recraft",
    summary,
    outputs: ["image"],
    input: z.object({
      image: imageUrlField(model === "recraft/crisp-upscale" ? "Image to upscale" : "Image"),
    }),
    cost: () => 2,
    example: { image: EXAMPLE_IMAGE },
  });
}

export const miscImageOperations = [
  zImage,
  wan("wan/2-7-image", "Wan 2.7 Image", 4),
  wan("wan/2-7-image-pro", "Wan 2.7 Image Pro", 8),
  topazImageUpscale,
  recraft(
    "recraft/crisp-upscale",
    "Recraft crisp upscale",
    "Upscale an image with Recraft, keeping it crisp.",
  ),
  recraft(
    "recraft/remove-background",
    "Remove background",
    "Cut the subject out: a PNG with a transparent background.",
  ),
];
