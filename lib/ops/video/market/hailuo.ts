import { z } from "zod";
import { marketOperation } from "../../market";
import {
  animateImage,
  choice,
  durationChoice,
  EXAMPLE_IMAGE,
  imageField,
  issue,
  marketVideoId,
  optionalImageField,
  perSecond,
  promptField,
  switchWithDefault,
  tier,
  withSource,
} from "./fields";

/** REFERENCE §13: Hailuo standard 4/s, pro 8/s. Pro 02 clips are a fixed 6 s at 1080P. */
const RATE = { standard: 4, pro: 8 } as const;
const PRO_SECONDS = 6;
const PROMPT = "A chef flips a pancake in slow motion, flour dust in the light";
const ANIMATE = "The chef tosses the pancake high and catches it";

const optimizer = () =>
  switchWithDefault("Prompt optimizer", "Let the model rewrite the prompt for better results.", true, {
    advanced: true,
  });

function hailuo02(kind: "text" | "image", variant: "pro" | "standard") {
  const model = `hailuo/02-${kind}-to-video-${variant}`;
  const label = `Hailuo 02 ${variant === "pro" ? "Pro" : "Standard"}`;
  const standard = variant === "standard";
  const op = marketOperation({
    id: marketVideoId(model),
    model,
    category: "video",
    title: `${label} · ${kind === "text" ? "Text" : "Image"} to video`,
    modelLabel: label,
    summary: standard
      ? `MiniMax Hailuo 02 ${kind === "text" ? "from a prompt" : "animates your image"}: 6 or 10 s, great physics, low price.`
      : `MiniMax Hailuo 02 Pro ${kind === "text" ? "from a prompt" : "animates your image"}: 6 s in 1080P with excellent physics.`,
    outputs: ["video"],
    input: z.object({
      prompt: promptField(1500, kind === "text" ? PROMPT : ANIMATE),
      ...(kind === "image"
        ? {
            image_url: imageField("Image", "The first frame."),
            end_image_url: optionalImageField("End image", "Optional: the frame the video ends on."),
          }
        : {}),
      ...(standard ? { duration: durationChoice(["6", "10"] as const, "6") } : {}),
      ...(standard && kind === "image"
        ? { resolution: choice(["512P", "768P"] as const, "768P", "Resolution") }
        : {}),
      prompt_optimizer: optimizer(),
    }),
    cost: (i) => {
      const seconds = Number((i as { duration?: string }).duration ?? PRO_SECONDS);
      const res = (i as { resolution?: string }).resolution;
      return perSecond(RATE[variant] * (res === "512P" ? 0.5 : 1), seconds);
    },
    example: {
      prompt: kind === "text" ? PROMPT : ANIMATE,
      ...(kind === "image" ? { image_url: EXAMPLE_IMAGE } : {}),
      ...(standard ? { duration: "6" } : {}),
    },
  });
  return kind === "image"
    ? withSource(
        op,
        animateImage(label, (ref) => ({ image_url: ref }) as never),
      )
    : op;
}

function hailuo23(variant: "pro" | "standard") {
  const model = `hailuo/2-3-image-to-video-${variant}`;
  const label = `Hailuo 2.3 ${variant === "pro" ? "Pro" : "Standard"}`;
  return withSource(
    marketOperation({
      id: marketVideoId(model),
      model,
      category: "video",
      title: `${label} · Image to video`,
      modelLabel: label,
      summary:
        variant === "pro"
          ? "MiniMax Hailuo 2.3 Pro: expressive faces and dance-grade motion from one image, up to 1080P."
          : "MiniMax Hailuo 2.3: lifelike motion from one image at a standard price, up to 1080P.",
      outputs: ["video"],
      input: z
        .object({
          prompt: promptField(5000, ANIMATE),
          image_url: imageField("Image", "The first frame."),
          duration: durationChoice(["6", "10"] as const, "6"),
          resolution: choice(["768P", "1080P"] as const, "768P", "Resolution", {
            help: "1080P is available for 6 s clips only.",
          }),
        })
        .superRefine((v, ctx) => {
          if (v.resolution === "1080P" && v.duration === "10")
            issue(ctx, "resolution", "1080P is available for 6-second clips only");
        }),
      cost: (i) => perSecond(RATE[variant] * tier(i.resolution), Number(i.duration)),
      example: { prompt: ANIMATE, image_url: EXAMPLE_IMAGE, duration: "6", resolution: "768P" },
    }),
    animateImage(label, (ref) => ({ image_url: ref })),
  );
}

export const hailuoFamily = [
  hailuo02("text", "pro"),
  hailuo02("text", "standard"),
  hailuo02("image", "pro"),
  hailuo02("image", "standard"),
  hailuo23("pro"),
  hailuo23("standard"),
];
