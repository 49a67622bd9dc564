import { z } from "zod";
import { meta } from "../body";
import { marketOperation } from "../market";
import { marketImageId, negativePromptField, promptField, ratioField, seedIntField } from "./fields";

const RATIOS = ["1:1", "16:9", "9:16", "3:4", "4:3"] as const;

function imagen(
  model: "google/imagen4" | "google/imagen4-ultra",
  title: string,
  credits: number,
  summary: string,
) {
  return marketOperation({
    id: marketImageId(model),
    model,
    category: "image",
    title,
    modelLabel: title,
    summary,
    outputs: ["image"],
    input: z.object({
      prompt: promptField(5000, "A macro photo of dew on a spider web at sunrise"),
      negative_prompt: negativePromptField(),
      aspect_ratio: ratioField(RATIOS, "1:1"),
      seed: z
        .string()
        .trim()
        .regex(/^\d*$/, "The seed is a number")
        .optional()
        .meta(meta({ label: "Seed", advanced: true, help: "Same seed, same result." })),
    }),
    cost: () => credits,
    example: { prompt: "A macro photo of dew on a spider web at sunrise", aspect_ratio: "16:9" },
  });
}

export const imagen4 = imagen("google/imagen4", "Imagen 4", 5, "Google's Imagen 4: photoreal detail.");
export const imagen4Ultra = imagen(
  "google/imagen4-ultra",
  "Imagen 4 Ultra",
  10,
  "Google's highest-quality Imagen 4.",
);

export const imagen4Fast = marketOperation({
  id: marketImageId("google/imagen4-fast"),
  model: "google/imagen4-fast",
  category: "image",
  title: "Imagen 4 Fast",
  modelLabel: "Imagen 4 Fast",
  summary: "Imagen 4 at speed: up to 4 images at once.",
  outputs: ["image"],
  input: z.object({
    prompt: promptField(5000, "A retro travel poster of Lisbon"),
    negative_prompt: negativePromptField(),
    aspect_ratio: ratioField(RATIOS, "16:9"),
    num_images: z
      .enum(["1", "2", "3", "4"])
      .default("1")
      .meta(meta({ label: "Images", widget: "segmented", help: "Each image costs credits." })),
    seed: seedIntField(),
  }),
  cost: (i) => 3 * Number(i.num_images),
  example: { prompt: "A retro travel poster of Lisbon", num_images: "1" },
});

export const imagenFamily = [imagen4, imagen4Ultra, imagen4Fast];
