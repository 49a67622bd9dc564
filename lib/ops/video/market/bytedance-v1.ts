import { z } from "zod";
import { marketOperation } from "../../market";
import {
  animateImage,
  durationChoice,
  EXAMPLE_IMAGE,
  imageField,
  marketVideoId,
  optionalImageField,
  perSecond,
  promptField,
  ratioField,
  resolutionField,
  seedField,
  switchField,
  switchWithDefault,
  tier,
  withSource,
} from "./fields";

/** REFERENCE §13: V1 Pro 6/s, V1 Lite 3/s (720p). Pro Fast is unpriced: estimated between the two. */
const RATE = { pro: 6, lite: 3, "pro-fast": 4 } as const;
type Variant = keyof typeof RATE;
const LABEL: Record<Variant, string> = {
  pro: "Seedance V1 Pro",
  lite: "Seedance V1 Lite",
  "pro-fast": "Seedance V1 Pro Fast",
};
const RATIOS = ["16:9", "9:16", "1:1", "4:3", "3:4", "21:9"] as const;
const PROMPT = "A hummingbird hovers at a red flower, slow motion, macro lens";

function common() {
  return {
    duration: durationChoice(["5", "10"] as const, "5"),
    camera_fixed: switchField("Locked camera", "Keep the camera still."),
    seed: seedField(-1),
    enable_safety_checker: switchWithDefault(
      "Safety checker",
      "Kie's own content filter on the result.",
      true,
      { advanced: true },
    ),
  };
}

function textToVideo(variant: "pro" | "lite") {
  const model = `bytedance/v1-${variant}-text-to-video`;
  return marketOperation({
    id: marketVideoId(model),
    model,
    category: "video",
    title: `${LABEL[variant]} · Text to video`,
    modelLabel: LABEL[variant],
    summary:
      variant === "pro"
        ? "ByteDance Seedance V1 Pro: crisp 5 or 10 s clips up to 1080p, strong motion."
        : "ByteDance Seedance V1 Lite: half the price of Pro, for drafts and quick ideas.",
    outputs: ["video"],
    input: z.object({
      prompt: promptField(10000, PROMPT),
      aspect_ratio: ratioField(RATIOS, "16:9"),
      resolution: resolutionField(["480p", "720p", "1080p"] as const, "720p"),
      ...common(),
    }),
    cost: (i) => perSecond(RATE[variant] * tier(i.resolution), Number(i.duration)),
    example: { prompt: PROMPT, aspect_ratio: "16:9", resolution: "720p", duration: "5" },
  });
}

const ANIMATE_PROMPT = "The subject turns toward the camera and smiles, gentle breeze";

function imageToVideoPro() {
  const model = "bytedance/v1-pro-image-to-video";
  return withSource(
    marketOperation({
      id: marketVideoId(model),
      model,
      category: "video",
      title: `${LABEL.pro} · Image to video`,
      modelLabel: LABEL.pro,
      summary: "Animate one image with Seedance V1 Pro: 5 or 10 s, up to 1080p.",
      outputs: ["video"],
      input: z.object({
        prompt: promptField(10000, ANIMATE_PROMPT),
        image_url: imageField("Image", "The first frame."),
        resolution: resolutionField(["480p", "720p", "1080p"] as const, "720p"),
        ...common(),
      }),
      cost: (i) => perSecond(RATE.pro * tier(i.resolution), Number(i.duration)),
      example: { prompt: ANIMATE_PROMPT, image_url: EXAMPLE_IMAGE, duration: "5" },
    }),
    animateImage(LABEL.pro, (ref) => ({ image_url: ref })),
  );
}

function imageToVideoLite() {
  const model = "bytedance/v1-lite-image-to-video";
  return withSource(
    marketOperation({
      id: marketVideoId(model),
      model,
      category: "video",
      title: `${LABEL.lite} · Image to video`,
      modelLabel: LABEL.lite,
      summary: "Animate an image cheaply with Seedance V1 Lite; add an end image to steer where it lands.",
      outputs: ["video"],
      input: z.object({
        prompt: promptField(10000, ANIMATE_PROMPT),
        image_url: imageField("Image", "The first frame."),
        end_image_url: optionalImageField("End image", "Optional: the frame the video ends on."),
        resolution: resolutionField(["480p", "720p", "1080p"] as const, "720p"),
        ...common(),
      }),
      cost: (i) => perSecond(RATE.lite * tier(i.resolution), Number(i.duration)),
      example: { prompt: ANIMATE_PROMPT, image_url: EXAMPLE_IMAGE, resolution: "480p" },
    }),
    animateImage(LABEL.lite, (ref) => ({ image_url: ref })),
  );
}

function imageToVideoProFast() {
  const model = "bytedance/v1-pro-fast-image-to-video";
  return withSource(
    marketOperation({
      id: marketVideoId(model),
      model,
      category: "video",
      title: `${LABEL["pro-fast"]} · Image to video`,
      modelLabel: LABEL["pro-fast"],
      summary: "Seedance V1 Pro quality at speed: animate an image at 720p or 1080p.",
      outputs: ["video"],
      input: z.object({
        prompt: promptField(10000, ANIMATE_PROMPT),
        image_url: imageField("Image", "The first frame."),
        resolution: resolutionField(["720p", "1080p"] as const, "720p"),
        duration: durationChoice(["5", "10"] as const, "5"),
      }),
      cost: (i) => perSecond(RATE["pro-fast"] * tier(i.resolution), Number(i.duration)),
      example: { prompt: ANIMATE_PROMPT, image_url: EXAMPLE_IMAGE, resolution: "1080p", duration: "5" },
    }),
    animateImage(LABEL["pro-fast"], (ref) => ({ image_url: ref })),
  );
}

export const bytedanceV1Family = [
  textToVideo("pro"),
  textToVideo("lite"),
  imageToVideoPro(),
  imageToVideoLite(),
  imageToVideoProFast(),
];
