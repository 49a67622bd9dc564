import { z } from "zod";
import { marketOperation } from "../market";
import {
  EXAMPLE_IMAGE,
  imageUrlsField,
  marketImageId,
  promptField,
  ratioField,
  resolutionField,
} from "./fields";

const T2I_RATIOS = ["1:1", "4:3", "3:4", "16:9", "9:16", "3:2", "2:3"] as const;
const I2I_RATIOS = ["auto", ...T2I_RATIOS] as const;

function flux2(tier: "pro" | "flex", edit: boolean) {
  const model = `flux-2/${tier}-${edit ? "image-to-image" : "text-to-image"}`;
  const name = `Flux 2 ${tier === "pro" ? "Pro" : "Flex"}`;
  const credits = tier === "pro" ? 5 : 4;
  const common = {
    id: marketImageId(model),
    model,
    category: "image" as const,
    title: edit ? `${name} edit` : name,
    modelLabel: name,
    outputs: ["image" as const],
    cost: () => credits,
  };
  return edit
    ? marketOperation({
        ...common,
        summary: `Edit or combine up to 8 images with Black Forest Labs' ${name}.`,
        input: z.object({
          prompt: promptField(5000, "Place the product on a marble countertop"),
          input_urls: imageUrlsField(8, { label: "Images to edit" }),
          aspect_ratio: ratioField(I2I_RATIOS, "auto"),
          resolution: resolutionField(["1K", "2K"], "1K"),
        }),
        example: { prompt: "Place the product on a marble countertop", input_urls: [EXAMPLE_IMAGE] },
      })
    : marketOperation({
        ...common,
        summary: `Black Forest Labs' ${name}: sharp, faithful images up to 2K.`,
        input: z.object({
          prompt: promptField(5000, "An isometric cutaway of a cozy mountain cabin"),
          aspect_ratio: ratioField(T2I_RATIOS, "1:1"),
          resolution: resolutionField(["1K", "2K"], "1K"),
        }),
        example: { prompt: "An isometric cutaway of a cozy mountain cabin", aspect_ratio: "4:3" },
      });
}

export const flux2Family = [
  flux2("pro", false),
  flux2("flex", false),
  flux2("pro", true),
  flux2("flex", true),
];
