import type { FieldRule, MarketInput, MarketModel } from "../models";
import type { ImageSpec } from "../types";

/**
 * Market image models (REFERENCE §5.5 "Image"): Kie's field names, enums and limits; charges from
 * §13. Results render at a 1024 px long side except upscalers, which render larger.
 */

const SIZE_PRESETS: Record<string, string> = {
  square: "1:1",
  square_hd: "1:1",
  portrait_4_3: "3:4",
  portrait_3_2: "2:3",
  portrait_16_9: "9:16",
  landscape_4_3: "4:3",
  landscape_3_2: "3:2",
  landscape_16_9: "16:9",
  landscape_21_9: "21:9",
};
const PRESETS_6 = ["square", "square_hd", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"];
const PRESETS_9 = [...PRESETS_6, "portrait_3_2", "landscape_3_2", "landscape_21_9"];

/** "16:9" with long side 1024 → 1024×576; "auto" and anything unparsable → square. */
export function dimensionsFor(ratio: string, longSide: number): { width: number; height: number } {
  const match = /^(\d+):(\d+)$/.exec(ratio);
  if (!match) return { width: longSide, height: longSide };
  const a = Number(match[1]);
  const b = Number(match[2]);
  return a >= b
    ? { width: longSide, height: Math.max(1, Math.round((longSide * b) / a)) }
    : { width: Math.max(1, Math.round((longSide * a) / b)), height: longSide };
}

function ratioOf(input: MarketInput): string {
  for (const key of ["aspect_ratio", "image_size"]) {
    const v = input[key];
    if (typeof v === "string") return SIZE_PRESETS[v] ?? v;
  }
  return "1:1";
}

/** One image spec per variant, shaped by the input's ratio/size and output format. */
export function imagesFor(input: MarketInput, taskId: string, count: number, longSide = 1024): ImageSpec[] {
  const fmt = input.output_format ?? input.outputFormat;
  const format = fmt === "jpeg" || fmt === "jpg" ? "jpeg" : "png";
  const prompt = typeof input.prompt === "string" ? input.prompt : "";
  const dims = dimensionsFor(ratioOf(input), longSide);
  return Array.from({ length: count }, (_, variant) => ({
    kind: "image" as const,
    prompt,
    seed: taskId,
    variant,
    ...dims,
    format,
  }));
}

const prompt = (max: number, required = true): FieldRule => ({ type: "string", required, max });
const en = (values: readonly string[], required = false): FieldRule => ({ type: "enum", values, required });
const urls = (max: number, required = true): FieldRule => ({ type: "urls", required, max });
const url: FieldRule = { type: "string", required: true, max: 2048 };
const bool: FieldRule = { type: "boolean" };
const seedInt: FieldRule = { type: "number", integer: true, min: 0, max: 2_147_483_647 };
const NORMAL = { waiting: 1_000, generating: 5_000 };
const FAST = { waiting: 500, generating: 2_500 };

type Spec = {
  fields: Record<string, FieldRule>;
  charge: number | ((input: MarketInput) => number);
  count?: (input: MarketInput) => number;
  longSide?: (input: MarketInput) => number;
  timing?: MarketModel["timing"];
};

function model(id: string, spec: Spec): [string, MarketModel] {
  const charge = spec.charge;
  return [
    id,
    {
      id,
      charge: typeof charge === "number" ? () => charge : charge,
      fields: spec.fields,
      timing: spec.timing ?? NORMAL,
      outputs: (input, taskId) =>
        imagesFor(input, taskId, spec.count?.(input) ?? 1, spec.longSide?.(input) ?? 1024),
    },
  ];
}

const numStr = (key: string) => (input: MarketInput) => Number(input[key] ?? "1") || 1;
const numVal = (key: string) => (input: MarketInput) =>
  typeof input[key] === "number" ? (input[key] as number) : 1;

const NB_SIZES = ["1:1", "9:16", "16:9", "3:4", "4:3", "3:2", "2:3", "5:4", "4:5", "21:9", "auto"];
const NB2_RATIOS = [...NB_SIZES, "1:4", "1:8", "4:1", "8:1"];
const RES = ["1K", "2K", "4K"];
const IMAGEN_RATIOS = ["1:1", "16:9", "9:16", "3:4", "4:3"];
const GPT2_RATIOS = ["auto", "1:1", "9:16", "16:9", "4:3", "3:4"];
const SEEDREAM_NEW = ["1:1", "4:3", "3:4", "16:9", "9:16", "2:3", "3:2", "21:9"];
const FLUX2_RATIOS = ["1:1", "4:3", "3:4", "16:9", "9:16", "3:2", "2:3"];
const IDEO_SPEED = ["TURBO", "BALANCED", "QUALITY"];
const IDEO_STYLE = ["AUTO", "GENERAL", "REALISTIC", "DESIGN"];
const CHAR_STYLE = ["AUTO", "REALISTIC", "FICTION"];
const NUM4 = ["1", "2", "3", "4"];
const strength: FieldRule = { type: "number", min: 0.01, max: 1 };
const QWEN: Record<string, FieldRule> = {
  image_size: en(PRESETS_6),
  num_inference_steps: { type: "number", integer: true, min: 2, max: 250 },
  guidance_scale: { type: "number", min: 0, max: 20 },
  acceleration: en(["none", "regular", "high"]),
  output_format: en(["png", "jpeg"]),
  negative_prompt: prompt(5000, false),
  seed: seedInt,
};
const gpt2Charge = (input: MarketInput) =>
  input.resolution === "4K" ? 16 : input.resolution === "2K" ? 10 : 8;
const seedreamV4: Record<string, FieldRule> = {
  prompt: prompt(5000),
  image_size: en(PRESETS_9),
  image_resolution: en(RES),
  max_images: { type: "number", integer: true, min: 1, max: 6 },
  seed: seedInt,
  nsfw_checker: bool,
};
const ideogramCharge = (input: MarketInput) => 5 * numStr("num_images")(input);
const wan = (credits: number): Spec => ({
  fields: {
    prompt: prompt(5000),
    input_urls: urls(9, false),
    aspect_ratio: en(["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3", "21:9", "8:1", "1:8"]),
    resolution: en(RES),
    n: { type: "number", integer: true, min: 1, max: 4 },
    enable_sequential: bool,
    thinking_mode: bool,
    watermark: bool,
    seed: seedInt,
  },
  charge: (input) => credits * numVal("n")(input),
  count: numVal("n"),
});

export const IMAGE_MODELS: Record<string, MarketModel> = Object.fromEntries([
  // Nano Banana family (google/nano-banana and -edit live in models.ts)
  model("nano-banana-2", {
    fields: {
      prompt: prompt(20000),
      image_input: urls(14, false),
      aspect_ratio: en(NB2_RATIOS),
      resolution: en(RES),
      output_format: en(["png", "jpg"]),
    },
    charge: 4,
  }),
  model("nano-banana-pro", {
    fields: {
      prompt: prompt(10000),
      image_input: urls(8, false),
      aspect_ratio: en(NB_SIZES),
      resolution: en(RES),
      output_format: en(["png", "jpg"]),
    },
    charge: (input) => (input.resolution === "4K" ? 24 : 18),
  }),
  model("nano-banana-2-lite", {
    fields: { prompt: prompt(5000), image_urls: urls(10, false), aspect_ratio: en(NB_SIZES) },
    charge: 4,
    timing: FAST,
  }),
  // Imagen 4
  ...(["google/imagen4", "google/imagen4-ultra"] as const).map((id) =>
    model(id, {
      fields: {
        prompt: prompt(5000),
        negative_prompt: prompt(5000, false),
        aspect_ratio: en(IMAGEN_RATIOS),
        seed: { type: "string", max: 20 },
      },
      charge: id === "google/imagen4" ? 5 : 10,
    }),
  ),
  model("google/imagen4-fast", {
    fields: {
      prompt: prompt(5000),
      negative_prompt: prompt(5000, false),
      aspect_ratio: en(IMAGEN_RATIOS),
      num_images: en(NUM4),
      seed: seedInt,
    },
    charge: (input) => 3 * numStr("num_images")(input),
    count: numStr("num_images"),
    timing: FAST,
  }),
  // GPT Image
  model("gpt-image-2-text-to-image", {
    fields: { prompt: prompt(20000), aspect_ratio: en(GPT2_RATIOS), resolution: en(RES), nsfw_checker: bool },
    charge: gpt2Charge,
  }),
  model("gpt-image-2-image-to-image", {
    fields: {
      prompt: prompt(20000),
      input_urls: urls(16),
      aspect_ratio: en(GPT2_RATIOS),
      resolution: en(RES),
    },
    charge: gpt2Charge,
  }),
  model("gpt-image/1.5-text-to-image", {
    fields: {
      prompt: prompt(20000),
      aspect_ratio: en(["1:1", "2:3", "3:2"], true),
      quality: en(["medium", "high"], true),
    },
    charge: 6,
  }),
  model("gpt-image/1.5-image-to-image", {
    fields: {
      input_urls: urls(16),
      prompt: prompt(20000),
      aspect_ratio: en(["1:1", "2:3", "3:2"], true),
      quality: en(["medium", "high"], true),
    },
    charge: 6,
  }),
  // Seedream
  model("bytedance/seedream", {
    fields: {
      prompt: prompt(5000),
      image_size: en(PRESETS_6),
      guidance_scale: { type: "number", min: 1, max: 10 },
      seed: seedInt,
    },
    charge: 3.5,
  }),
  model("bytedance/seedream-v4-text-to-image", {
    fields: seedreamV4,
    charge: (input) => 3.5 * numVal("max_images")(input),
    count: numVal("max_images"),
  }),
  model("bytedance/seedream-v4-edit", {
    fields: { ...seedreamV4, image_urls: urls(10) },
    charge: (input) => 3.5 * numVal("max_images")(input),
    count: numVal("max_images"),
  }),
  ...["seedream/4.5-text-to-image", "seedream/5-lite-text-to-image"].map((id) =>
    model(id, {
      fields: {
        prompt: prompt(3000),
        aspect_ratio: en(SEEDREAM_NEW, true),
        quality: en(["basic", "high"], true),
      },
      charge: 5,
    }),
  ),
  ...["seedream/4.5-edit", "seedream/5-lite-image-to-image"].map((id) =>
    model(id, {
      fields: {
        prompt: prompt(3000),
        image_urls: urls(14),
        aspect_ratio: en(SEEDREAM_NEW, true),
        quality: en(["basic", "high"], true),
      },
      charge: 5,
    }),
  ),
  // Flux 2
  ...(["pro", "flex"] as const).flatMap((tier) => [
    model(`flux-2/${tier}-text-to-image`, {
      fields: {
        prompt: prompt(5000),
        aspect_ratio: en(FLUX2_RATIOS, true),
        resolution: en(["1K", "2K"], true),
      },
      charge: tier === "pro" ? 5 : 4,
    }),
    model(`flux-2/${tier}-image-to-image`, {
      fields: {
        prompt: prompt(5000),
        input_urls: urls(8),
        aspect_ratio: en(["auto", ...FLUX2_RATIOS], true),
        resolution: en(["1K", "2K"], true),
      },
      charge: tier === "pro" ? 5 : 4,
    }),
  ]),
  // Grok Imagine: 6 images (4 with enable_pro); image-to-image returns 2
  model("grok-imagine/text-to-image", {
    fields: {
      prompt: prompt(5000),
      aspect_ratio: en(["2:3", "3:2", "1:1", "16:9", "9:16"]),
      enable_pro: bool,
      nsfw_checker: bool,
    },
    charge: 4,
    count: (input) => (input.enable_pro === true ? 4 : 6),
  }),
  model("grok-imagine/image-to-image", {
    fields: { prompt: prompt(5000, false), image_urls: urls(5) },
    charge: 4,
    count: () => 2,
  }),
  // Ideogram
  model("ideogram/v3-text-to-image", {
    fields: {
      prompt: prompt(5000),
      rendering_speed: en(IDEO_SPEED),
      style: en(IDEO_STYLE),
      expand_prompt: bool,
      image_size: en(PRESETS_6),
      seed: seedInt,
      negative_prompt: prompt(5000, false),
    },
    charge: 5,
  }),
  model("ideogram/v3-edit", {
    fields: {
      prompt: prompt(5000),
      image_url: url,
      mask_url: url,
      rendering_speed: en(IDEO_SPEED),
      expand_prompt: bool,
      seed: seedInt,
    },
    charge: 5,
  }),
  model("ideogram/v3-remix", {
    fields: {
      prompt: prompt(5000),
      image_url: url,
      rendering_speed: en(IDEO_SPEED),
      style: en(IDEO_STYLE),
      expand_prompt: bool,
      image_size: en(PRESETS_6),
      num_images: en(NUM4),
      seed: seedInt,
      strength,
      negative_prompt: prompt(5000, false),
    },
    charge: ideogramCharge,
    count: numStr("num_images"),
  }),
  model("ideogram/v3-reframe", {
    fields: {
      image_url: url,
      image_size: en(PRESETS_6, true),
      rendering_speed: en(IDEO_SPEED),
      style: en(IDEO_STYLE),
      num_images: en(NUM4),
      seed: seedInt,
    },
    charge: ideogramCharge,
    count: numStr("num_images"),
  }),
  model("ideogram/character", {
    fields: {
      prompt: prompt(5000),
      reference_image_urls: urls(1),
      rendering_speed: en(IDEO_SPEED),
      style: en(CHAR_STYLE),
      expand_prompt: bool,
      image_size: en(PRESETS_6),
      num_images: en(NUM4),
      seed: seedInt,
      negative_prompt: prompt(5000, false),
    },
    charge: ideogramCharge,
    count: numStr("num_images"),
  }),
  model("ideogram/character-edit", {
    fields: {
      prompt: prompt(5000),
      reference_image_urls: urls(1),
      image_url: url,
      mask_url: url,
      rendering_speed: en(IDEO_SPEED),
      style: en(CHAR_STYLE),
      expand_prompt: bool,
      num_images: en(NUM4),
      seed: seedInt,
    },
    charge: ideogramCharge,
    count: numStr("num_images"),
  }),
  model("ideogram/character-remix", {
    fields: {
      prompt: prompt(5000),
      reference_image_urls: urls(1),
      image_url: url,
      rendering_speed: en(IDEO_SPEED),
      style: en(CHAR_STYLE),
      expand_prompt: bool,
      image_size: en(PRESETS_6),
      num_images: en(NUM4),
      strength,
      seed: seedInt,
      negative_prompt: prompt(5000, false),
    },
    charge: ideogramCharge,
    count: numStr("num_images"),
  }),
  // Qwen
  model("qwen/text-to-image", { fields: { prompt: prompt(5000), ...QWEN }, charge: 3 }),
  model("qwen/image-to-image", { fields: { prompt: prompt(5000), image_url: url, ...QWEN }, charge: 3 }),
  model("qwen/image-edit", { fields: { prompt: prompt(5000), image_url: url, ...QWEN }, charge: 3 }),
  model("qwen2/text-to-image", {
    fields: {
      prompt: prompt(800),
      image_size: en(["1:1", "3:4", "4:3", "9:16", "16:9"]),
      seed: seedInt,
      output_format: en(["jpeg", "png"]),
    },
    charge: 3,
  }),
  model("qwen2/image-edit", {
    // Docs say a string; live accepted an array too, so neither is rejected here.
    fields: {
      prompt: prompt(800),
      image_size: en(["1:1", "3:4", "4:3", "9:16", "16:9", "3:2", "2:3", "21:9"]),
      seed: seedInt,
      output_format: en(["jpeg", "png"]),
    },
    charge: 3,
  }),
  // Misc
  model("z-image", {
    fields: { prompt: prompt(1000), aspect_ratio: en(["1:1", "4:3", "3:4", "16:9", "9:16"], true) },
    charge: 3,
    timing: FAST,
  }),
  model("wan/2-7-image", wan(4)),
  model("wan/2-7-image-pro", wan(8)),
  model("topaz/image-upscale", {
    fields: { image_url: url, upscale_factor: en(["1", "2", "4", "8"], true) },
    charge: 4,
    longSide: (input) => Math.min(4096, 1024 * (Number(input.upscale_factor) || 1)),
    timing: FAST,
  }),
  model("recraft/crisp-upscale", {
    fields: { image: url },
    charge: 2,
    longSide: () => 2048,
    timing: FAST,
  }),
  model("recraft/remove-background", { fields: { image: url }, charge: 2, timing: FAST }),
]);
