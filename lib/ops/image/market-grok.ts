import { z } from "zod";
import { meta } from "../body";
import { marketOperation } from "../market";
import {
  EXAMPLE_IMAGE,
  imageUrlsField,
  marketImageId,
  nsfwField,
  optionalPromptField,
  promptField,
  ratioField,
} from "./fields";

export const grokTextToImage = marketOperation({
  id: marketImageId("grok-imagine/text-to-image"),
  model: "grok-imagine/text-to-image",
  category: "image",
  title: "Grok Imagine",
  modelLabel: "Grok Imagine",
  summary: "xAI's Grok Imagine: six takes on your prompt per run (four with Pro).",
  outputs: ["image"],
  input: z.object({
    prompt: promptField(5000, "A surreal desert with floating stone arches"),
    aspect_ratio: ratioField(["2:3", "3:2", "1:1", "16:9", "9:16"] as const, "1:1"),
    enable_pro: z
      .boolean()
      .optional()
      .meta(meta({ label: "Pro", widget: "switch", help: "Higher quality, four images instead of six." })),
    nsfw_checker: nsfwField(),
  }),
  cost: () => 4,
  example: { prompt: "A surreal desert with floating stone arches", aspect_ratio: "3:2" },
});

export const grokImageToImage = marketOperation({
  id: marketImageId("grok-imagine/image-to-image"),
  model: "grok-imagine/image-to-image",
  category: "image",
  title: "Grok Imagine edit",
  modelLabel: "Grok Imagine",
  summary: "Restyle up to 5 images with Grok Imagine: two results per run.",
  outputs: ["image"],
  input: z.object({
    prompt: optionalPromptField(5000, "Make it a vintage postcard"),
    image_urls: imageUrlsField(5, { label: "Images" }),
  }),
  cost: () => 4,
  example: { prompt: "Make it a vintage postcard", image_urls: [EXAMPLE_IMAGE] },
});

export const grokFamily = [grokTextToImage, grokImageToImage];
