import { z } from "zod";
import { meta } from "../body";
import { marketOperation } from "../market";
import {
  EXAMPLE_IMAGE,
  imageUrlsField,
  marketImageId,
  nsfwField,
  promptField,
  ratioField,
  SIZE_PRESET_LABELS,
  SIZE_PRESETS_6,
  seedIntField,
} from "./fields";

export const seedream3 = marketOperation({
  id: marketImageId("bytedance/seedream"),
  model: "bytedance/seedream",
  category: "image",
  title: "Seedream 3",
  modelLabel: "Seedream 3",
  summary: "ByteDance's Seedream 3.0: bold, poster-ready images.",
  outputs: ["image"],
  input: z.object({
    prompt: promptField(5000, "A neon koi fish swimming through a night city"),
    image_size: z
      .enum(SIZE_PRESETS_6)
      .default("square_hd")
      .meta(meta({ label: "Size", widget: "select", optionLabels: SIZE_PRESET_LABELS })),
    guidance_scale: z
      .number()
      .min(1, "Guidance is at least 1")
      .max(10, "Guidance is at most 10")
      .default(2.5)
      .meta(
        meta({
          label: "Guidance",
          widget: "slider",
          advanced: true,
          help: "How strictly to follow the prompt.",
        }),
      ),
    seed: seedIntField(),
  }),
  cost: () => 3.5,
  example: { prompt: "A neon koi fish swimming through a night city", image_size: "landscape_16_9" },
});

const V4_SIZES = [
  "square",
  "square_hd",
  "portrait_4_3",
  "portrait_3_2",
  "portrait_16_9",
  "landscape_4_3",
  "landscape_3_2",
  "landscape_16_9",
  "landscape_21_9",
] as const;

function v4Fields() {
  return {
    image_size: z
      .enum(V4_SIZES)
      .default("square_hd")
      .meta(meta({ label: "Size", widget: "select", optionLabels: SIZE_PRESET_LABELS })),
    image_resolution: z
      .enum(["1K", "2K", "4K"])
      .default("1K")
      .meta(meta({ label: "Resolution", widget: "segmented" })),
    max_images: z
      .number()
      .int("Whole images only")
      .min(1, "At least 1 image")
      .max(6, "At most 6 images")
      .default(1)
      .meta(meta({ label: "Images", widget: "slider", help: "Up to 6; each costs credits." })),
    seed: seedIntField(),
    nsfw_checker: nsfwField(),
  };
}

export const seedreamV4TextToImage = marketOperation({
  id: marketImageId("bytedance/seedream-v4-text-to-image"),
  model: "bytedance/seedream-v4-text-to-image",
  category: "image",
  title: "Seedream 4",
  modelLabel: "Seedream 4",
  summary: "ByteDance's Seedream 4.0: up to 4K, up to 6 images per run.",
  outputs: ["image"],
  input: z.object({
    prompt: promptField(5000, "A glass teapot with a blooming flower tea, studio light"),
    ...v4Fields(),
  }),
  cost: (i) => 3.5 * i.max_images,
  example: { prompt: "A glass teapot with a blooming flower tea, studio light", image_size: "square_hd" },
});

export const seedreamV4Edit = marketOperation({
  id: marketImageId("bytedance/seedream-v4-edit"),
  model: "bytedance/seedream-v4-edit",
  category: "image",
  title: "Seedream 4 edit",
  modelLabel: "Seedream 4",
  summary: "Edit or combine up to 10 images with Seedream 4.0.",
  outputs: ["image"],
  input: z.object({
    prompt: promptField(5000, "Put a red scarf on the dog"),
    image_urls: imageUrlsField(10, { label: "Images to edit" }),
    ...v4Fields(),
  }),
  cost: (i) => 3.5 * i.max_images,
  example: { prompt: "Put a red scarf on the dog", image_urls: [EXAMPLE_IMAGE] },
});

const NEW_RATIOS = ["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"] as const;
function newQuality() {
  return z
    .enum(["basic", "high"])
    .default("basic")
    .meta(meta({ label: "Quality", widget: "segmented", optionLabels: { basic: "Basic", high: "High" } }));
}

function newSeedream(model: string, title: string, label: string, summary: string, edit: boolean) {
  const base = {
    prompt: promptField(
      3000,
      edit ? "Turn the photo into a clay animation still" : "A lantern festival over a river",
    ),
    aspect_ratio: ratioField(NEW_RATIOS, "1:1"),
    quality: newQuality(),
  };
  return edit
    ? marketOperation({
        id: marketImageId(model),
        model,
        category: "image",
        title,
        modelLabel: label,
        summary,
        outputs: ["image"],
        input: z.object({ ...base, image_urls: imageUrlsField(14, { label: "Images to edit" }) }),
        cost: () => 5,
        example: { prompt: "Turn the photo into a clay animation still", image_urls: [EXAMPLE_IMAGE] },
      })
    : marketOperation({
        id: marketImageId(model),
        model,
        category: "image",
        title,
        modelLabel: label,
        summary,
        outputs: ["image"],
        input: z.object(base),
        cost: () => 5,
        example: { prompt: "A lantern festival over a river", aspect_ratio: "16:9", quality: "basic" },
      });
}

export const seedreamFamily = [
  seedream3,
  seedreamV4TextToImage,
  seedreamV4Edit,
  newSeedream(
    "seedream/4.5-text-to-image",
    "Seedream 4.5",
    "Seedream 4.5",
    "ByteDance's Seedream 4.5 from a prompt.",
    false,
  ),
  newSeedream(
    "seedream/4.5-edit",
    "Seedream 4.5 edit",
    "Seedream 4.5",
    "Edit up to 14 images with Seedream 4.5.",
    true,
  ),
  newSeedream(
    "seedream/5-lite-text-to-image",
    "Seedream 5 Lite",
    "Seedream 5 Lite",
    "ByteDance's Seedream 5 Lite from a prompt.",
    false,
  ),
  newSeedream(
    "seedream/5-lite-image-to-image",
    "Seedream 5 Lite edit",
    "Seedream 5 Lite",
    "Edit up to 14 images with Seedream 5 Lite.",
    true,
  ),
];
