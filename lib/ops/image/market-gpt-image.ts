import { z } from "zod";
import { meta } from "../body";
import { marketOperation } from "../market";
import { EXAMPLE_IMAGE, imageUrlsField, marketImageId, nsfwField, promptField, ratioField } from "./fields";

const GPT2_RATIOS = ["auto", "1:1", "9:16", "16:9", "4:3", "3:4"] as const;

function gpt2Resolution() {
  return z
    .enum(["1K", "2K", "4K"])
    .default("1K")
    .meta(meta({ label: "Resolution", widget: "segmented", help: "1:1 cannot be 4K; auto renders at 1K." }));
}

function noSquare4K(v: { aspect_ratio: string; resolution: string }, ctx: z.RefinementCtx) {
  if (v.aspect_ratio === "1:1" && v.resolution === "4K")
    ctx.addIssue({ code: "custom", path: ["resolution"], message: "1:1 images cannot be 4K" });
}

const gpt2Cost = (i: { resolution: string }) => (i.resolution === "4K" ? 16 : i.resolution === "2K" ? 10 : 8);

export const gptImage2TextToImage = marketOperation({
  id: marketImageId("gpt-image-2-text-to-image"),
  model: "gpt-image-2-text-to-image",
  category: "image",
  title: "GPT Image 2",
  modelLabel: "GPT Image 2",
  summary: "OpenAI's GPT Image 2: precise layouts and legible text, up to 4K.",
  outputs: ["image"],
  input: z
    .object({
      prompt: promptField(20000, "A menu board for a tiny ramen shop, hand-lettered"),
      aspect_ratio: ratioField(GPT2_RATIOS, "auto"),
      resolution: gpt2Resolution(),
      nsfw_checker: nsfwField(),
    })
    .superRefine(noSquare4K),
  cost: gpt2Cost,
  example: { prompt: "A menu board for a tiny ramen shop, hand-lettered", aspect_ratio: "16:9" },
});

export const gptImage2ImageToImage = marketOperation({
  id: marketImageId("gpt-image-2-image-to-image"),
  model: "gpt-image-2-image-to-image",
  category: "image",
  title: "GPT Image 2 edit",
  modelLabel: "GPT Image 2",
  summary: "Edit or combine up to 16 images with GPT Image 2.",
  outputs: ["image"],
  input: z
    .object({
      prompt: promptField(20000, "Swap the background for a sunny beach"),
      input_urls: imageUrlsField(16, { label: "Images to edit" }),
      aspect_ratio: ratioField(GPT2_RATIOS, "auto"),
      resolution: gpt2Resolution(),
    })
    .superRefine(noSquare4K),
  cost: gpt2Cost,
  example: { prompt: "Swap the background for a sunny beach", input_urls: [EXAMPLE_IMAGE] },
});

const GPT15_RATIOS = ["1:1", "2:3", "3:2"] as const;
function quality() {
  return z
    .enum(["medium", "high"])
    .default("medium")
    .meta(meta({ label: "Quality", widget: "segmented", optionLabels: { medium: "Medium", high: "High" } }));
}

export const gptImage15TextToImage = marketOperation({
  id: marketImageId("gpt-image/1.5-text-to-image"),
  model: "gpt-image/1.5-text-to-image",
  category: "image",
  title: "GPT Image 1.5",
  modelLabel: "GPT Image 1.5",
  summary: "OpenAI's GPT Image 1.5 from a prompt.",
  outputs: ["image"],
  input: z.object({
    prompt: promptField(20000, "A cozy bookshop cat asleep on a stack of novels"),
    aspect_ratio: ratioField(GPT15_RATIOS, "1:1"),
    quality: quality(),
  }),
  cost: () => 6,
  example: {
    prompt: "A cozy bookshop cat asleep on a stack of novels",
    aspect_ratio: "3:2",
    quality: "medium",
  },
});

export const gptImage15ImageToImage = marketOperation({
  id: marketImageId("gpt-image/1.5-image-to-image"),
  model: "gpt-image/1.5-image-to-image",
  category: "image",
  title: "GPT Image 1.5 edit",
  modelLabel: "GPT Image 1.5",
  summary: "Edit up to 16 images with GPT Image 1.5.",
  outputs: ["image"],
  input: z.object({
    input_urls: imageUrlsField(16, { label: "Images to edit" }),
    prompt: promptField(20000, "Make it a pencil sketch"),
    aspect_ratio: ratioField(GPT15_RATIOS, "1:1"),
    quality: quality(),
  }),
  cost: () => 6,
  example: { input_urls: [EXAMPLE_IMAGE], prompt: "Make it a pencil sketch", quality: "medium" },
});

export const gptImageFamily = [
  gptImage2TextToImage,
  gptImage2ImageToImage,
  gptImage15TextToImage,
  gptImage15ImageToImage,
];
