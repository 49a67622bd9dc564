import { z } from "zod";
import { meta } from "../body";
import { marketOperation } from "../market";
import {
  EXAMPLE_IMAGE,
  formatField,
  imageUrlsField,
  marketImageId,
  optionalImageUrlsField,
  promptField,
  ratioField,
  resolutionField,
} from "./fields";

const NB_SIZES = ["1:1", "9:16", "16:9", "3:4", "4:3", "3:2", "2:3", "5:4", "4:5", "21:9", "auto"] as const;
const NB2_RATIOS = [
  "auto",
  "1:1",
  "1:4",
  "1:8",
  "2:3",
  "3:2",
  "3:4",
  "4:1",
  "4:3",
  "4:5",
  "5:4",
  "8:1",
  "9:16",
  "16:9",
  "21:9",
] as const;
const PRO_RATIOS = ["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9", "21:9", "auto"] as const;

export const nanoBananaEdit = marketOperation({
  id: marketImageId("google/nano-banana-edit"),
  model: "google/nano-banana-edit",
  category: "image",
  title: "Nano Banana edit",
  modelLabel: "Nano Banana",
  summary: "Edit or combine up to 10 images with a sentence.",
  outputs: ["image"],
  input: z.object({
    prompt: promptField(5000, "Put the cat from the first image on the sofa from the second"),
    image_urls: imageUrlsField(10, { label: "Images to edit" }),
    image_size: ratioField(NB_SIZES, "auto"),
    output_format: formatField(["png", "jpeg"], "png"),
  }),
  cost: () => 4,
  example: { prompt: "Make it look like a watercolor painting", image_urls: [EXAMPLE_IMAGE] },
});

export const nanoBanana2 = marketOperation({
  id: marketImageId("nano-banana-2"),
  model: "nano-banana-2",
  category: "image",
  title: "Nano Banana 2",
  modelLabel: "Nano Banana 2",
  summary: "Google's newer Gemini image model: up to 4K, up to 14 reference images.",
  outputs: ["image"],
  input: z.object({
    prompt: promptField(20000, "A tiny greenhouse on a windowsill, morning light"),
    image_input: optionalImageUrlsField(14),
    aspect_ratio: ratioField(NB2_RATIOS, "auto"),
    resolution: resolutionField(["1K", "2K", "4K"], "1K"),
    output_format: formatField(["png", "jpg"], "jpg"),
  }),
  cost: () => 4,
  example: { prompt: "A tiny greenhouse on a windowsill, morning light", aspect_ratio: "4:3" },
});

export const nanoBananaPro = marketOperation({
  id: marketImageId("nano-banana-pro"),
  model: "nano-banana-pro",
  category: "image",
  title: "Nano Banana Pro",
  modelLabel: "Nano Banana Pro",
  summary: "Google's top Gemini image model: accurate text, 4K, up to 8 references.",
  outputs: ["image"],
  input: z.object({
    prompt: promptField(10000, "An infographic poster about honeybees, clean flat style"),
    image_input: optionalImageUrlsField(8),
    aspect_ratio: ratioField(PRO_RATIOS, "1:1"),
    resolution: resolutionField(["1K", "2K", "4K"], "1K"),
    output_format: formatField(["png", "jpg"], "png"),
  }),
  cost: (i) => (i.resolution === "4K" ? 24 : 18),
  example: { prompt: "An infographic poster about honeybees, clean flat style", resolution: "1K" },
});

export const nanoBanana2Lite = marketOperation({
  id: marketImageId("nano-banana-2-lite"),
  model: "nano-banana-2-lite",
  category: "image",
  title: "Nano Banana 2 Lite",
  modelLabel: "Nano Banana 2 Lite",
  summary: "The light Nano Banana 2: 1K images, fast and cheap, up to 10 references.",
  outputs: ["image"],
  input: z.object({
    prompt: promptField(5000, "A paper boat on a puddle after rain"),
    image_urls: optionalImageUrlsField(10),
    aspect_ratio: ratioField(NB_SIZES, "auto").meta(
      meta({ label: "Aspect ratio", widget: "select", optionLabels: { auto: "Auto" }, help: "1K only." }),
    ),
  }),
  cost: () => 4,
  example: { prompt: "A paper boat on a puddle after rain", aspect_ratio: "1:1" },
});

export const nanoBananaFamily = [nanoBananaEdit, nanoBanana2, nanoBananaPro, nanoBanana2Lite];
