import { z } from "zod";
import { meta } from "../body";
import { marketOperation } from "../market";
import {
  EXAMPLE_IMAGE,
  imageUrlField,
  imageUrlsField,
  marketImageId,
  negativePromptField,
  promptField,
  SIZE_PRESET_LABELS,
  SIZE_PRESETS_6,
  seedIntField,
} from "./fields";

const speed = () =>
  z
    .enum(["TURBO", "BALANCED", "QUALITY"])
    .default("BALANCED")
    .meta(
      meta({
        label: "Rendering speed",
        widget: "segmented",
        optionLabels: { TURBO: "Turbo", BALANCED: "Balanced", QUALITY: "Quality" },
      }),
    );
const style = () =>
  z
    .enum(["AUTO", "GENERAL", "REALISTIC", "DESIGN"])
    .default("AUTO")
    .meta(
      meta({
        label: "Style",
        widget: "select",
        optionLabels: { AUTO: "Auto", GENERAL: "General", REALISTIC: "Realistic", DESIGN: "Design" },
      }),
    );
const characterStyle = () =>
  z
    .enum(["AUTO", "REALISTIC", "FICTION"])
    .default("AUTO")
    .meta(
      meta({
        label: "Style",
        widget: "segmented",
        optionLabels: { AUTO: "Auto", REALISTIC: "Realistic", FICTION: "Fiction" },
      }),
    );
const expand = () =>
  z
    .boolean()
    .default(true)
    .meta(
      meta({
        label: "Expand prompt",
        widget: "switch",
        advanced: true,
        help: "Let Ideogram elaborate the prompt.",
      }),
    );
const size = (def: (typeof SIZE_PRESETS_6)[number] = "square_hd") =>
  z
    .enum(SIZE_PRESETS_6)
    .default(def)
    .meta(meta({ label: "Size", widget: "select", optionLabels: SIZE_PRESET_LABELS }));
const numImages = () =>
  z
    .enum(["1", "2", "3", "4"])
    .default("1")
    .meta(meta({ label: "Images", widget: "segmented", help: "Each image costs credits." }));
const mask = () => imageUrlField("Mask", "Marks the area to change; same size as the image.");
const references = () =>
  imageUrlsField(1, { label: "Character reference", help: "One clear image of the character." });

const perImage = (i: { num_images?: string }) => 5 * Number(i.num_images ?? "1");

function op<S extends z.ZodObject>(
  model: string,
  title: string,
  summary: string,
  input: S,
  example: z.input<S>,
) {
  return marketOperation({
    id: marketImageId(model),
    model,
    category: "image",
    title,
    modelLabel: title.startsWith("Ideogram Character") ? "Ideogram Character" : "Ideogram V3",
    summary,
    outputs: ["image"],
    input,
    cost: (i) => perImage(i as { num_images?: string }),
    example,
  });
}

export const ideogramFamily = [
  op(
    "ideogram/v3-text-to-image",
    "Ideogram V3",
    "Ideogram V3: typography and graphic design that reads right.",
    z.object({
      prompt: promptField(5000, 'A bold poster that says "Night Market" with paper lanterns'),
      rendering_speed: speed(),
      style: style(),
      expand_prompt: expand(),
      image_size: size(),
      seed: seedIntField(),
      negative_prompt: negativePromptField(),
    }),
    { prompt: 'A bold poster that says "Night Market" with paper lanterns', rendering_speed: "TURBO" },
  ),
  op(
    "ideogram/v3-edit",
    "Ideogram V3 edit",
    "Repaint the masked part of an image with Ideogram V3.",
    z.object({
      prompt: promptField(5000, "A bouquet of sunflowers on the table"),
      image_url: imageUrlField("Image to edit"),
      mask_url: mask(),
      rendering_speed: speed(),
      expand_prompt: expand(),
      seed: seedIntField(),
    }),
    { prompt: "A bouquet of sunflowers on the table", image_url: EXAMPLE_IMAGE, mask_url: EXAMPLE_IMAGE },
  ),
  op(
    "ideogram/v3-remix",
    "Ideogram V3 remix",
    "Remix an image with a new prompt; strength sets how far to go.",
    z.object({
      prompt: promptField(5000, "The same scene as a stained-glass window"),
      image_url: imageUrlField("Image to remix"),
      rendering_speed: speed(),
      style: style(),
      expand_prompt: expand(),
      image_size: size(),
      num_images: numImages(),
      seed: seedIntField(),
      strength: z
        .number()
        .min(0.01, "Strength is at least 0.01")
        .max(1, "Strength is at most 1")
        .default(0.8)
        .meta(meta({ label: "Strength", widget: "slider", help: "How much the source image may change." })),
      negative_prompt: negativePromptField(),
    }),
    { prompt: "The same scene as a stained-glass window", image_url: EXAMPLE_IMAGE, num_images: "1" },
  ),
  op(
    "ideogram/v3-reframe",
    "Ideogram V3 reframe",
    "Extend an image to a new size, filling in the edges.",
    z.object({
      image_url: imageUrlField("Image to reframe"),
      image_size: size("landscape_16_9"),
      rendering_speed: speed(),
      style: style(),
      num_images: numImages(),
      seed: seedIntField(),
    }),
    { image_url: EXAMPLE_IMAGE, image_size: "landscape_16_9" },
  ),
  op(
    "ideogram/character",
    "Ideogram Character",
    "Keep a character consistent across new scenes from one reference.",
    z.object({
      prompt: promptField(5000, "The character reading in a sunlit café"),
      reference_image_urls: references(),
      rendering_speed: speed(),
      style: characterStyle(),
      expand_prompt: expand(),
      image_size: size(),
      num_images: numImages(),
      seed: seedIntField(),
      negative_prompt: negativePromptField(),
    }),
    { prompt: "The character reading in a sunlit café", reference_image_urls: [EXAMPLE_IMAGE] },
  ),
  op(
    "ideogram/character-edit",
    "Ideogram Character edit",
    "Paint your character into the masked part of an image.",
    z.object({
      prompt: promptField(5000, "The character waving from the window"),
      reference_image_urls: references(),
      image_url: imageUrlField("Image to edit"),
      mask_url: mask(),
      rendering_speed: speed(),
      style: characterStyle(),
      expand_prompt: expand(),
      num_images: numImages(),
      seed: seedIntField(),
    }),
    {
      prompt: "The character waving from the window",
      reference_image_urls: [EXAMPLE_IMAGE],
      image_url: EXAMPLE_IMAGE,
      mask_url: EXAMPLE_IMAGE,
    },
  ),
  op(
    "ideogram/character-remix",
    "Ideogram Character remix",
    "Remix an image around your character.",
    z.object({
      prompt: promptField(5000, "The character as a comic-book hero on this street"),
      reference_image_urls: references(),
      image_url: imageUrlField("Image to remix"),
      rendering_speed: speed(),
      style: characterStyle(),
      expand_prompt: expand(),
      image_size: size(),
      num_images: numImages(),
      strength: z
        .number()
        .min(0.01, "Strength is at least 0.01")
        .max(1, "Strength is at most 1")
        .default(0.8)
        .meta(meta({ label: "Strength", widget: "slider", help: "How much the source image may change." })),
      seed: seedIntField(),
      negative_prompt: negativePromptField(),
    }),
    {
      prompt: "The character as a comic-book hero on this street",
      reference_image_urls: [EXAMPLE_IMAGE],
      image_url: EXAMPLE_IMAGE,
    },
  ),
];
