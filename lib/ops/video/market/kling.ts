import { z } from "zod";
import { meta } from "../../body";
import { marketOperation } from "../../market";
import { mediaRef } from "../../media";
import {
  animateImage,
  audioField,
  choice,
  durationChoice,
  EXAMPLE_AUDIO,
  EXAMPLE_IMAGE,
  EXAMPLE_IMAGE_2,
  EXAMPLE_VIDEO,
  imageField,
  issue,
  marketVideoId,
  negativePromptField,
  optionalImageField,
  optionalMediaList,
  optionalPromptField,
  perSecond,
  promptField,
  ratioField,
  singleInList,
  switchWithDefault,
  withSource,
} from "./fields";

const RATIOS = ["16:9", "9:16", "1:1"] as const;
const DURATIONS_3_15 = ["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"] as const;

const soundField = () =>
  switchWithDefault("Sound", "Generate sound effects and ambience with the video.", false);

// ——— Kling 3.0 ———

const shot = z.object({
  prompt: z
    .string()
    .trim()
    .min(1, "Describe the shot")
    .max(500, "A shot prompt can be at most 500 characters"),
  duration: z
    .number()
    .int("A shot lasts a whole number of seconds")
    .min(1, "A shot lasts 1–12 seconds")
    .max(12, "A shot lasts 1–12 seconds"),
});

const element = z.object({
  name: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_]{1,40}$/, "An element name uses letters, digits and _ (refer to it as @name)"),
  description: z
    .string()
    .trim()
    .min(1, "Describe the element")
    .max(200, "Keep the description under 200 characters"),
  element_input_urls: z
    .array(mediaRef("Each element image must be a valid URL or one of your results"))
    .min(2, "An element needs 2–4 images")
    .max(4, "An element needs 2–4 images"),
});

/** REFERENCE §13: 12/s (pro). std and 4K are unpriced: estimated at ¾ and 2× of pro. */
const KLING3_RATE = { std: 9, pro: 12, "4K": 24 } as const;

const kling3Input = z
  .object({
    prompt: optionalPromptField(
      2500,
      "A golden retriever bounds through a sunflower field@element_dog",
      "Single-shot mode. Mention an element as @name.",
    ),
    image_urls: optionalMediaList(
      "image",
      2,
      "First / last frame",
      "1 image: the first frame; 2: first and last frame (multi-shot takes only the first).",
    ),
    sound: soundField(),
    duration: durationChoice(
      DURATIONS_3_15,
      "5",
      "Total length; in multi-shot mode the shots must add up to it.",
    ),
    aspect_ratio: ratioField(RATIOS, "16:9"),
    mode: choice(["std", "pro", "4K"] as const, "pro", "Quality", {
      optionLabels: { std: "Standard 720p", pro: "Pro 1080p", "4K": "4K" },
    }),
    multi_shots: switchWithDefault(
      "Multi-shot",
      "Several shots, each with its own prompt and length.",
      false,
      {
        advanced: true,
      },
    ),
    multi_prompt: z
      .array(shot)
      .max(5, "At most 5 shots")
      .optional()
      .meta(
        meta({
          label: "Shots",
          advanced: true,
          showWhen: { field: "multi_shots", in: [true] },
          help: 'Up to 5 shots: [{"prompt": "A dog runs@element_dog", "duration": 3}, {"prompt": "It jumps into a lake", "duration": 2}]',
        }),
      ),
    kling_elements: z
      .array(element)
      .max(3, "At most 3 elements")
      .optional()
      .meta(
        meta({
          label: "Elements",
          advanced: true,
          help: 'Up to 3 reusable subjects, each from 2–4 images, used as @name in prompts: [{"name": "element_dog", "description": "dog", "element_input_urls": ["https://…/dog-1.jpg", "https://…/dog-2.jpg"]}]',
        }),
      ),
  })
  .superRefine((v, ctx) => {
    if (v.multi_shots) {
      if (!v.multi_prompt?.length) issue(ctx, "multi_prompt", "Multi-shot mode needs at least one shot");
      else {
        const total = v.multi_prompt.reduce((s, p) => s + p.duration, 0);
        if (total !== Number(v.duration))
          issue(ctx, "multi_prompt", `The shots add up to ${total} s but the duration is ${v.duration} s`);
      }
      if ((v.image_urls?.length ?? 0) > 1)
        issue(ctx, "image_urls", "Multi-shot mode takes only a first frame");
    } else if (!v.prompt) issue(ctx, "prompt", "Describe the video");
    if (v.kling_elements?.length && !v.image_urls?.length)
      issue(ctx, "image_urls", "Elements need a first frame image");
    const names = new Set<string>();
    for (const el of v.kling_elements ?? []) {
      if (names.has(el.name)) issue(ctx, "kling_elements", `Two elements are named "${el.name}"`);
      names.add(el.name);
    }
  });

export const kling3Video = withSource(
  marketOperation({
    id: marketVideoId("kling-3.0/video"),
    model: "kling-3.0/video",
    category: "video",
    title: "Kling 3.0 · Video",
    modelLabel: "Kling 3.0",
    summary: "Kuaishou's Kling 3.0: 3–15 s, up to 4K, multi-shot stories and reusable @elements.",
    outputs: ["video"],
    input: kling3Input,
    cost: (i) => perSecond(KLING3_RATE[i.mode], Number(i.duration)),
    example: {
      prompt: "A golden retriever bounds through a sunflower field, slow motion",
      image_urls: [EXAMPLE_IMAGE],
      sound: true,
      duration: "5",
      aspect_ratio: "16:9",
      mode: "pro",
      multi_shots: false,
    },
  }),
  animateImage("Kling 3.0", (ref) => ({ image_urls: [ref] })),
);

/** Unpriced: the result follows the reference video's length, estimated at 10 s of Kling 3.0. */
export const kling3MotionControl = withSource(
  marketOperation({
    id: marketVideoId("kling-3.0/motion-control"),
    model: "kling-3.0/motion-control",
    category: "video",
    title: "Kling 3.0 · Motion control",
    modelLabel: "Kling 3.0",
    summary: "Make the person in your image move exactly like the one in a reference video.",
    outputs: ["video"],
    input: z.object({
      input_urls: singleInList("image", "Character image", "The person or character to animate."),
      video_urls: singleInList("video", "Motion video", "The movement to copy."),
      prompt: optionalPromptField(2500, "A dancer on a rooftop at night"),
      mode: choice(["std", "pro"] as const, "std", "Quality", {
        optionLabels: { std: "Standard", pro: "Pro" },
      }),
      character_orientation: choice(["video", "image"] as const, "video", "Facing follows", {
        advanced: true,
        optionLabels: { video: "The video", image: "The image" },
      }),
      background_source: choice(["input_video", "input_image"] as const, "input_video", "Background from", {
        advanced: true,
        optionLabels: { input_video: "The video", input_image: "The image" },
      }),
    }),
    cost: (i) => perSecond(KLING3_RATE[i.mode], 10),
    example: {
      input_urls: [EXAMPLE_IMAGE],
      video_urls: [EXAMPLE_VIDEO],
      prompt: "A dancer on a rooftop at night",
    },
  }),
  animateImage("Kling 3.0 motion", (ref) => ({ input_urls: [ref] })),
  // The Kie page marks callBackUrl required for this model (REFERENCE §5.5).
  { callback: "required" },
);

// ——— Kling 2.6 ———

/** Unpriced in §13: Kie's site lists 2.6 at 55 credits per 5 s, doubled with sound. */
const kling26Cost = (i: { duration: string; sound: boolean }) =>
  perSecond(i.sound ? 22 : 11, Number(i.duration));

export const kling26TextToVideo = marketOperation({
  id: marketVideoId("kling-2.6/text-to-video"),
  model: "kling-2.6/text-to-video",
  category: "video",
  title: "Kling 2.6 · Text to video",
  modelLabel: "Kling 2.6",
  summary: "Kling 2.6 from a prompt: 5 or 10 s with optional native sound and speech.",
  outputs: ["video"],
  input: z.object({
    prompt: promptField(1000, "A street violinist plays in the snow, people stop to listen"),
    sound: soundField(),
    aspect_ratio: ratioField(["1:1", "16:9", "9:16"] as const, "16:9"),
    duration: durationChoice(["5", "10"] as const, "5"),
  }),
  cost: kling26Cost,
  example: {
    prompt: "A street violinist plays in the snow, people stop to listen",
    sound: true,
    aspect_ratio: "16:9",
    duration: "5",
  },
});

export const kling26ImageToVideo = withSource(
  marketOperation({
    id: marketVideoId("kling-2.6/image-to-video"),
    model: "kling-2.6/image-to-video",
    category: "video",
    title: "Kling 2.6 · Image to video",
    modelLabel: "Kling 2.6",
    summary: "Animate an image with Kling 2.6: 5 or 10 s, optional native sound.",
    outputs: ["video"],
    input: z.object({
      prompt: promptField(1000, "The woman turns and walks toward the sea"),
      image_urls: singleInList("image", "Image", "The first frame."),
      sound: soundField(),
      duration: durationChoice(["5", "10"] as const, "5"),
    }),
    cost: kling26Cost,
    example: {
      prompt: "The woman turns and walks toward the sea",
      image_urls: [EXAMPLE_IMAGE],
      duration: "5",
    },
  }),
  animateImage("Kling 2.6", (ref) => ({ image_urls: [ref] })),
);

/** Unpriced: estimated at 6/s (720p) or 9/s (1080p) over a 10 s reference video. */
export const kling26MotionControl = withSource(
  marketOperation({
    id: marketVideoId("kling-2.6/motion-control"),
    model: "kling-2.6/motion-control",
    category: "video",
    title: "Kling 2.6 · Motion control",
    modelLabel: "Kling 2.6",
    summary: "Transfer the motion of a reference video onto the character in your image.",
    outputs: ["video"],
    input: z.object({
      input_urls: singleInList("image", "Character image", "The person or character to animate."),
      video_urls: singleInList(
        "video",
        "Motion video",
        "The movement to copy: up to 10 s when facing follows the image, 30 s when it follows the video.",
      ),
      character_orientation: choice(["image", "video"] as const, "video", "Facing follows", {
        optionLabels: { image: "The image", video: "The video" },
      }),
      mode: choice(["720p", "1080p"] as const, "720p", "Resolution"),
      prompt: optionalPromptField(2500, "A robot dancing in a neon arcade"),
    }),
    cost: (i) => perSecond(i.mode === "1080p" ? 9 : 6, 10),
    example: {
      input_urls: [EXAMPLE_IMAGE],
      video_urls: [EXAMPLE_VIDEO],
      character_orientation: "video",
      mode: "720p",
    },
  }),
  animateImage("Kling 2.6 motion", (ref) => ({ input_urls: [ref] })),
);

// ——— Kling 2.1 / 2.5 Turbo ———

function cfgScale() {
  return z
    .number()
    .min(0, "CFG scale is between 0 and 1")
    .max(1, "CFG scale is between 0 and 1")
    .default(0.5)
    .meta(
      meta({
        label: "Prompt adherence",
        widget: "slider",
        advanced: true,
        help: "Higher follows the prompt more strictly.",
      }),
    );
}

/** REFERENCE §13: 2.1 standard / pro / master = 25 / 50 / 160 per 5 s; 2.5 Turbo = 8/s. */
const PER_5S = { standard: 25, pro: 50, master: 160 } as const;

function kling21ImageToVideo(tierName: "standard" | "pro" | "master") {
  const model = tierName === "master" ? "kling/v2-1-master-image-to-video" : `kling/v2-1-${tierName}`;
  const label = `Kling 2.1 ${tierName[0].toUpperCase()}${tierName.slice(1)}`;
  const input = z.object({
    prompt: promptField(5000, "The lanterns drift upward into the night sky"),
    image_url: imageField("Image", "The first frame."),
    ...(tierName === "pro"
      ? { tail_image_url: optionalImageField("End image", "Optional: the frame the video ends on.") }
      : {}),
    duration: durationChoice(["5", "10"] as const, "5"),
    negative_prompt: negativePromptField(500),
    cfg_scale: cfgScale(),
  });
  return withSource(
    marketOperation({
      id: marketVideoId(model),
      model,
      category: "video",
      title: `${label} · Image to video`,
      modelLabel: label,
      summary: {
        standard: "Kling 2.1 Standard: dependable 720p image animation at a low price.",
        pro: "Kling 2.1 Pro: 1080p image animation, optionally steered to an end frame.",
        master: "Kling 2.1 Master: Kling's top 2.1 tier for the most cinematic motion.",
      }[tierName],
      outputs: ["video"],
      input,
      cost: (i) => (PER_5S[tierName] * Number(i.duration)) / 5,
      example: {
        prompt: "The lanterns drift upward into the night sky",
        image_url: EXAMPLE_IMAGE,
        duration: "5",
        ...(tierName === "pro" ? { tail_image_url: EXAMPLE_IMAGE_2 } : {}),
      },
    }),
    animateImage(label, (ref) => ({ image_url: ref })),
  );
}

function textToVideo(model: "kling/v2-1-master-text-to-video" | "kling/v2-5-turbo-text-to-video-pro") {
  const master = model.includes("master");
  const label = master ? "Kling 2.1 Master" : "Kling 2.5 Turbo Pro";
  return marketOperation({
    id: marketVideoId(model),
    model,
    category: "video",
    title: `${label} · Text to video`,
    modelLabel: label,
    summary: master
      ? "Kling 2.1 Master from a prompt: Kling's most cinematic 2.1 tier."
      : "Kling 2.5 Turbo Pro from a prompt: fast, sharp 1080p motion at a fair price.",
    outputs: ["video"],
    input: z.object({
      prompt: promptField(master ? 5000 : 2500, "A samurai walks through a bamboo forest in the rain"),
      duration: durationChoice(["5", "10"] as const, "5"),
      aspect_ratio: ratioField(RATIOS, "16:9"),
      negative_prompt: negativePromptField(master ? 500 : 2500),
      cfg_scale: cfgScale(),
    }),
    cost: (i) => (master ? (PER_5S.master * Number(i.duration)) / 5 : perSecond(8, Number(i.duration))),
    example: {
      prompt: "A samurai walks through a bamboo forest in the rain",
      duration: "5",
      aspect_ratio: "16:9",
    },
  });
}

export const kling25TurboImageToVideo = withSource(
  marketOperation({
    id: marketVideoId("kling/v2-5-turbo-image-to-video-pro"),
    model: "kling/v2-5-turbo-image-to-video-pro",
    category: "video",
    title: "Kling 2.5 Turbo Pro · Image to video",
    modelLabel: "Kling 2.5 Turbo Pro",
    summary: "Animate an image with Kling 2.5 Turbo Pro, optionally ending on a chosen frame.",
    outputs: ["video"],
    input: z.object({
      prompt: promptField(2500, "The car speeds off, kicking up desert dust"),
      image_url: imageField("Image", "The first frame."),
      tail_image_url: optionalImageField("End image", "Optional: the frame the video ends on."),
      duration: durationChoice(["5", "10"] as const, "5"),
      negative_prompt: negativePromptField(2500),
      cfg_scale: cfgScale(),
    }),
    cost: (i) => perSecond(8, Number(i.duration)),
    example: {
      prompt: "The car speeds off, kicking up desert dust",
      image_url: EXAMPLE_IMAGE,
      duration: "5",
    },
  }),
  animateImage("Kling 2.5 Turbo", (ref) => ({ image_url: ref })),
);

// ——— Kling AI Avatar ———

/** Unpriced: the clip follows the audio's length; estimated at 8/s (standard) or 16/s (pro) over 10 s. */
function avatar(variant: "standard" | "pro") {
  const model = `kling/ai-avatar-${variant}`;
  const label = `Kling Avatar ${variant === "pro" ? "Pro" : "Standard"}`;
  return withSource(
    marketOperation({
      id: marketVideoId(model),
      model,
      category: "video",
      title: `${label} · Talking avatar`,
      modelLabel: label,
      summary:
        variant === "pro"
          ? "A portrait speaks or sings your audio in 1080p, with natural expression."
          : "A portrait speaks or sings your audio in 720p: the cheaper avatar tier.",
      outputs: ["video"],
      input: z.object({
        image_url: imageField("Portrait", "A clear face, looking at the camera."),
        audio_url: audioField("Voice audio", "What the portrait says or sings; the video lasts as long."),
        prompt: promptField(
          5000,
          "Warm and friendly, slight head nods",
          "Describe the expression and gestures.",
        ),
      }),
      cost: () => perSecond(variant === "pro" ? 16 : 8, 10),
      example: {
        image_url: EXAMPLE_IMAGE,
        audio_url: EXAMPLE_AUDIO,
        prompt: "Warm and friendly, slight head nods",
      },
    }),
    { kinds: ["image"], action: `Make it talk with ${label}`, prefill: (src) => ({ image_url: src.ref }) },
  );
}

export const klingFamily = [
  kling3Video,
  kling3MotionControl,
  kling26TextToVideo,
  kling26ImageToVideo,
  kling26MotionControl,
  kling21ImageToVideo("standard"),
  kling21ImageToVideo("pro"),
  kling21ImageToVideo("master"),
  textToVideo("kling/v2-1-master-text-to-video"),
  textToVideo("kling/v2-5-turbo-text-to-video-pro"),
  kling25TurboImageToVideo,
  avatar("standard"),
  avatar("pro"),
];
