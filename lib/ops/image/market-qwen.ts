import { z } from "zod";
import { meta } from "../body";
import { marketOperation } from "../market";
import {
  EXAMPLE_IMAGE,
  formatField,
  imageUrlField,
  marketImageId,
  negativePromptField,
  promptField,
  ratioField,
  SIZE_PRESET_LABELS,
  SIZE_PRESETS_6,
  seedIntField,
} from "./fields";

function qwenFields() {
  return {
    image_size: z
      .enum(SIZE_PRESETS_6)
      .default("square_hd")
      .meta(meta({ label: "Size", widget: "select", optionLabels: SIZE_PRESET_LABELS })),
    num_inference_steps: z
      .number()
      .int("Whole steps only")
      .min(2, "At least 2 steps")
      .max(250, "At most 250 steps")
      .default(30)
      .meta(
        meta({ label: "Steps", widget: "slider", advanced: true, help: "More steps, more detail, slower." }),
      ),
    guidance_scale: z
      .number()
      .min(0, "Guidance is at least 0")
      .max(20, "Guidance is at most 20")
      .default(2.5)
      .meta(
        meta({
          label: "Guidance",
          widget: "slider",
          advanced: true,
          help: "How strictly to follow the prompt.",
        }),
      ),
    acceleration: z
      .enum(["none", "regular", "high"])
      .default("none")
      .meta(
        meta({
          label: "Acceleration",
          widget: "segmented",
          advanced: true,
          optionLabels: { none: "None", regular: "Regular", high: "High" },
        }),
      ),
    output_format: formatField(["png", "jpeg"], "png"),
    negative_prompt: negativePromptField(),
    seed: seedIntField(),
  };
}

function qwen(model: string, title: string, summary: string, withImage: boolean) {
  const common = {
    id: marketImageId(model),
    model,
    category: "image" as const,
    title,
    modelLabel: "Qwen Image",
    summary,
    outputs: ["image" as const],
    cost: () => 3,
  };
  return withImage
    ? marketOperation({
        ...common,
        input: z.object({
          prompt: promptField(5000, "Change the sky to a starry night"),
          image_url: imageUrlField("Source image"),
          ...qwenFields(),
        }),
        example: { prompt: "Change the sky to a starry night", image_url: EXAMPLE_IMAGE },
      })
    : marketOperation({
        ...common,
        input: z.object({
          prompt: promptField(5000, "A calligraphy scroll with a mountain poem"),
          ...qwenFields(),
        }),
        example: { prompt: "A calligraphy scroll with a mountain poem", image_size: "portrait_16_9" },
      });
}

export const qwen2TextToImage = marketOperation({
  id: marketImageId("qwen2/text-to-image"),
  model: "qwen2/text-to-image",
  category: "image",
  title: "Qwen Image 2",
  modelLabel: "Qwen Image 2",
  summary: "Alibaba's Qwen Image 2: strong at text in images, in many languages.",
  outputs: ["image"],
  input: z.object({
    prompt: promptField(800, "A shop sign that reads 'Fresh Dumplings' in neon"),
    image_size: ratioField(["1:1", "3:4", "4:3", "9:16", "16:9"] as const, "16:9"),
    output_format: formatField(["jpeg", "png"], "png"),
    seed: seedIntField(),
  }),
  cost: () => 3,
  example: { prompt: "A shop sign that reads 'Fresh Dumplings' in neon", image_size: "16:9" },
});

export const qwen2ImageEdit = marketOperation({
  id: marketImageId("qwen2/image-edit"),
  model: "qwen2/image-edit",
  category: "image",
  title: "Qwen Image 2 edit",
  modelLabel: "Qwen Image 2",
  summary: "Edit an image with Qwen Image 2, text included.",
  outputs: ["image"],
  input: z.object({
    prompt: promptField(800, "Replace the text on the sign with 'Open Late'"),
    image_url: imageUrlField("Image to edit"),
    image_size: ratioField(["1:1", "3:4", "4:3", "9:16", "16:9", "3:2", "2:3", "21:9"] as const, "1:1"),
    output_format: formatField(["jpeg", "png"], "png"),
    seed: seedIntField(),
  }),
  cost: () => 3,
  example: { prompt: "Replace the text on the sign with 'Open Late'", image_url: EXAMPLE_IMAGE },
});

export const qwenFamily = [
  qwen("qwen/text-to-image", "Qwen Image", "Alibaba's Qwen Image from a prompt.", false),
  qwen("qwen/image-to-image", "Qwen Image to image", "Redraw an image with Qwen Image.", true),
  qwen("qwen/image-edit", "Qwen Image edit", "Edit an image with a sentence, with Qwen Image.", true),
  qwen2TextToImage,
  qwen2ImageEdit,
];
