import { z } from "zod";
import { meta } from "../body";
import { marketOperation } from "../market";

const ratios = ["1:1", "9:16", "16:9", "3:4", "4:3", "3:2", "2:3", "5:4", "4:5", "21:9", "auto"] as const;

export const imageNanoBanana = marketOperation({
  id: "image.market.nano-banana",
  model: "google/nano-banana",
  category: "image",
  title: "Nano Banana",
  modelLabel: "Nano Banana",
  summary: "Google's Gemini image model: fast, consistent and cheap.",
  outputs: ["image"],
  input: z.object({
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
          placeholder: "A banana-shaped spaceship over a neon city",
        }),
      ),
    image_size: z
      .enum(ratios)
      .default("1:1")
      .meta(meta({ label: "Aspect ratio", widget: "select", optionLabels: { auto: "Auto" } })),
    output_format: z
      .enum(["png", "jpeg"])
      .default("png")
      .meta(
        meta({
          label: "Format",
          widget: "segmented",
          optionLabels: { png: "PNG", jpeg: "JPEG" },
          advanced: true,
        }),
      ),
  }),
  cost: () => 4,
  example: {
    prompt: "A banana-shaped spaceship over a neon city at dusk",
    image_size: "16:9",
    output_format: "png",
  },
});
