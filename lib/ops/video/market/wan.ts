import { z } from "zod";
import { meta } from "../../body";
import { marketOperation } from "../../market";
import {
  animateImage,
  audioField,
  choice,
  durationChoice,
  durationSeconds,
  EXAMPLE_AUDIO,
  EXAMPLE_IMAGE,
  EXAMPLE_VIDEO,
  fromVideo,
  imageField,
  issue,
  marketVideoId,
  negativePromptField,
  optionalAudioField,
  optionalChoice,
  optionalImageField,
  optionalMediaList,
  optionalPromptField,
  optionalVideoField,
  perSecond,
  promptField,
  ratioField,
  resolutionField,
  seedField,
  singleInList,
  switchField,
  switchWithDefault,
  tier,
  videoField,
  withSource,
} from "./fields";

const RATIOS_3 = ["16:9", "9:16", "1:1"] as const;
const RATIOS_5 = ["16:9", "9:16", "1:1", "4:3", "3:4"] as const;
const PROMPT = "A lighthouse on a cliff during a storm, waves crashing, cinematic";
const ANIMATE = "Waves crash against the rocks as the light sweeps the sea";

const promptExpansion = () =>
  switchField("Prompt expansion", "Let the model enrich a short prompt (slower).");

// ——— Wan 2.2 A14B Turbo + Animate ———

const WAN22_RES = ["480p", "580p", "720p"] as const;
/**
 * Wan 2.2 is unpriced in §13. A Turbo clip (~5 s) is estimated at 16 credits at 720p, scaled by
 * pixel count; speech-to-video and Animate (which follow their audio or video's length, assumed 10 s)
 * at 3 and 6 credits per second.
 */
const wan22Clip = (res: string) => perSecond(16, tier(res));

const acceleration = () =>
  choice(["none", "regular"] as const, "none", "Acceleration", {
    advanced: true,
    help: "Regular is faster, with a small quality cost.",
    optionLabels: { none: "None", regular: "Regular" },
  });

export const wan22TextToVideo = marketOperation({
  id: marketVideoId("wan/2-2-a14b-text-to-video-turbo"),
  model: "wan/2-2-a14b-text-to-video-turbo",
  category: "video",
  title: "Wan 2.2 Turbo · Text to video",
  modelLabel: "Wan 2.2 Turbo",
  summary: "Alibaba's open Wan 2.2 A14B, turbo: quick, cheap 5 s clips up to 720p.",
  outputs: ["video"],
  input: z.object({
    prompt: promptField(5000, PROMPT),
    resolution: resolutionField(WAN22_RES, "720p"),
    aspect_ratio: ratioField(RATIOS_3, "16:9"),
    enable_prompt_expansion: promptExpansion(),
    seed: seedField(),
    acceleration: acceleration(),
  }),
  cost: (i) => wan22Clip(i.resolution),
  example: { prompt: PROMPT, resolution: "720p", aspect_ratio: "16:9" },
});

export const wan22ImageToVideo = withSource(
  marketOperation({
    id: marketVideoId("wan/2-2-a14b-image-to-video-turbo"),
    model: "wan/2-2-a14b-image-to-video-turbo",
    category: "video",
    title: "Wan 2.2 Turbo · Image to video",
    modelLabel: "Wan 2.2 Turbo",
    summary: "Animate an image with Wan 2.2 Turbo: quick, cheap 5 s clips up to 720p.",
    outputs: ["video"],
    input: z.object({
      image_url: imageField("Image", "The first frame."),
      prompt: promptField(5000, ANIMATE),
      resolution: resolutionField(WAN22_RES, "720p"),
      aspect_ratio: ratioField(["auto", ...RATIOS_3] as const, "auto"),
      enable_prompt_expansion: promptExpansion(),
      seed: seedField(),
      acceleration: acceleration(),
    }),
    cost: (i) => wan22Clip(i.resolution),
    example: { image_url: EXAMPLE_IMAGE, prompt: ANIMATE, resolution: "720p" },
  }),
  animateImage("Wan 2.2", (ref) => ({ image_url: ref })),
);

export const wan22SpeechToVideo = withSource(
  marketOperation({
    id: marketVideoId("wan/2-2-a14b-speech-to-video-turbo"),
    model: "wan/2-2-a14b-speech-to-video-turbo",
    category: "video",
    title: "Wan 2.2 Turbo · Speech to video",
    modelLabel: "Wan 2.2 Turbo",
    summary: "A portrait lip-syncs your audio with Wan 2.2: a talking clip from one image.",
    outputs: ["video"],
    input: z.object({
      prompt: promptField(5000, "A news anchor speaks calmly to the camera"),
      image_url: imageField("Portrait", "The face that speaks."),
      audio_url: audioField("Speech audio", "What the portrait says."),
      resolution: resolutionField(WAN22_RES, "480p"),
      negative_prompt: negativePromptField(500),
      seed: seedField(),
    }),
    cost: (i) => perSecond(3 * tier(i.resolution), 10),
    example: {
      prompt: "A news anchor speaks calmly to the camera",
      image_url: EXAMPLE_IMAGE,
      audio_url: EXAMPLE_AUDIO,
    },
  }),
  { kinds: ["image"], action: "Make it speak with Wan 2.2", prefill: (src) => ({ image_url: src.ref }) },
);

function wan22Animate(mode: "move" | "replace") {
  const model = `wan/2-2-animate-${mode}`;
  return withSource(
    marketOperation({
      id: marketVideoId(model),
      model,
      category: "video",
      title: mode === "move" ? "Wan 2.2 Animate · Move" : "Wan 2.2 Animate · Replace",
      modelLabel: "Wan 2.2 Animate",
      summary:
        mode === "move"
          ? "Your image's character performs the motion of a reference video."
          : "Swap the person in a video for the character in your image, keeping the scene.",
      outputs: ["video"],
      input: z.object({
        video_url: videoField("Reference video", "The motion (and, for replace, the scene) to keep."),
        image_url: imageField("Character image", "The character who performs."),
        resolution: resolutionField(WAN22_RES, "480p"),
      }),
      cost: (i) => perSecond(6 * tier(i.resolution), 10),
      example: { video_url: EXAMPLE_VIDEO, image_url: EXAMPLE_IMAGE, resolution: "480p" },
    }),
    fromVideo(
      mode === "move" ? "Copy this motion with Wan Animate" : "Replace the character with Wan Animate",
      (ref) => ({
        video_url: ref,
      }),
    ),
  );
}

// ——— Wan 2.5 ———

/** REFERENCE §13: Wan 2.5 12/s at 720p, 20/s at 1080p. */
const wan25Rate = (res: string) => (res === "1080p" ? 20 : 12);

export const wan25TextToVideo = marketOperation({
  id: marketVideoId("wan/2-5-text-to-video"),
  model: "wan/2-5-text-to-video",
  category: "video",
  title: "Wan 2.5 · Text to video",
  modelLabel: "Wan 2.5",
  summary: "Alibaba's Wan 2.5 from a prompt: 5 or 10 s with native audio, up to 1080p.",
  outputs: ["video"],
  input: z.object({
    prompt: promptField(800, PROMPT),
    duration: durationChoice(["5", "10"] as const, "5"),
    aspect_ratio: ratioField(RATIOS_3, "16:9"),
    resolution: resolutionField(["720p", "1080p"] as const, "1080p"),
    negative_prompt: negativePromptField(500),
    enable_prompt_expansion: promptExpansion(),
    seed: seedField(),
  }),
  cost: (i) => perSecond(wan25Rate(i.resolution), Number(i.duration)),
  example: { prompt: PROMPT, duration: "5", aspect_ratio: "16:9", resolution: "720p" },
});

export const wan25ImageToVideo = withSource(
  marketOperation({
    id: marketVideoId("wan/2-5-image-to-video"),
    model: "wan/2-5-image-to-video",
    category: "video",
    title: "Wan 2.5 · Image to video",
    modelLabel: "Wan 2.5",
    summary: "Animate an image with Wan 2.5: 5 or 10 s with native audio, up to 1080p.",
    outputs: ["video"],
    input: z.object({
      prompt: promptField(800, ANIMATE),
      image_url: imageField("Image", "The first frame."),
      duration: durationChoice(["5", "10"] as const, "5"),
      resolution: resolutionField(["720p", "1080p"] as const, "1080p"),
      negative_prompt: negativePromptField(500),
      enable_prompt_expansion: promptExpansion(),
      seed: seedField(),
    }),
    cost: (i) => perSecond(wan25Rate(i.resolution), Number(i.duration)),
    example: { prompt: ANIMATE, image_url: EXAMPLE_IMAGE, duration: "5", resolution: "720p" },
  }),
  animateImage("Wan 2.5", (ref) => ({ image_url: ref })),
);

// ——— Wan 2.6 ———

/** Wan 2.6 is unpriced in §13: estimated at Wan 2.5's rates; Flash at half. */
const wan26Cost = (flash: boolean) => (i: { resolution: string; duration: string }) =>
  perSecond(wan25Rate(i.resolution) * (flash ? 0.5 : 1), Number(i.duration));

function wan26(kind: "text" | "image" | "video", flash: boolean) {
  const model = `wan/2-6-${flash ? "flash-" : ""}${kind}-to-video`;
  const label = flash ? "Wan 2.6 Flash" : "Wan 2.6";
  const durations = kind === "video" ? (["5", "10"] as const) : (["5", "10", "15"] as const);
  const op = marketOperation({
    id: marketVideoId(model),
    model,
    category: "video",
    title: `${label} · ${{ text: "Text", image: "Image", video: "Video" }[kind]} to video`,
    modelLabel: label,
    summary: {
      text: "Alibaba's Wan 2.6 from a prompt: up to 15 s, 1080p, multi-shot storytelling.",
      image: flash
        ? "Wan 2.6 Flash animates an image fast and cheap, with optional audio and multi-shot."
        : "Animate an image with Wan 2.6: up to 15 s in 1080p.",
      video: flash
        ? "Wan 2.6 Flash reworks a clip fast and cheap, with optional audio and multi-shot."
        : "Restyle or rework a clip with Wan 2.6 guided by your prompt.",
    }[kind],
    outputs: ["video"],
    input: z.object({
      prompt: promptField(5000, kind === "text" ? PROMPT : ANIMATE),
      ...(kind === "image" ? { image_urls: singleInList("image", "Image", "The first frame.") } : {}),
      ...(kind === "video"
        ? { video_urls: singleInList("video", "Source video", "The clip to rework.") }
        : {}),
      duration: durationChoice(durations, "5"),
      resolution: resolutionField(["720p", "1080p"] as const, "1080p"),
      ...(flash
        ? {
            audio: switchField("Audio", "Generate a soundtrack with the video.", { advanced: false }),
            multi_shots: switchField("Multi-shot", "Let the model cut between several shots."),
          }
        : {}),
    }),
    cost: wan26Cost(flash),
    example: {
      prompt: kind === "text" ? PROMPT : ANIMATE,
      ...(kind === "image" ? { image_urls: [EXAMPLE_IMAGE] } : {}),
      ...(kind === "video" ? { video_urls: [EXAMPLE_VIDEO] } : {}),
      duration: "5",
      resolution: "720p",
    },
  });
  if (kind === "image")
    return withSource(
      op,
      animateImage(label, (ref) => ({ image_urls: [ref] }) as never),
    );
  if (kind === "video")
    return withSource(
      op,
      fromVideo(`Rework with ${label}`, (ref) => ({ video_urls: [ref] }) as never),
    );
  return op;
}

// ——— Wan 2.7 ———

/** REFERENCE §13: Wan 2.7 5/s. */
const WAN27_RATE = 5;
const wan27Common = () => ({
  negative_prompt: negativePromptField(500),
  resolution: resolutionField(["720p", "1080p"] as const, "1080p"),
  prompt_extend: switchWithDefault(
    "Prompt rewriting",
    "Let the model expand a short prompt (slower).",
    true,
    {
      advanced: true,
    },
  ),
  watermark: switchWithDefault("Watermark", 'Add the "AI generated" mark in the corner.', false, {
    advanced: true,
  }),
  seed: seedField(),
  nsfw_checker: switchField(
    "Safety checker",
    "Kie's own output filter; when off, Kie does not filter outputs.",
  ),
});

export const wan27TextToVideo = marketOperation({
  id: marketVideoId("wan/2-7-text-to-video"),
  model: "wan/2-7-text-to-video",
  category: "video",
  title: "Wan 2.7 · Text to video",
  modelLabel: "Wan 2.7",
  summary: "Alibaba's Wan 2.7 from a prompt: 2–15 s up to 1080p, optionally scored to your audio.",
  outputs: ["video"],
  input: z.object({
    prompt: promptField(5000, PROMPT),
    audio_url: optionalAudioField("Audio", "Optional: music or speech the video follows."),
    // Wan 2.7 spells it `ratio`, not `aspect_ratio` (REFERENCE §5.5).
    ratio: ratioField(RATIOS_5, "16:9"),
    duration: durationSeconds(2, 15, 5),
    ...wan27Common(),
  }),
  cost: (i) => perSecond(WAN27_RATE, i.duration),
  example: { prompt: PROMPT, ratio: "16:9", duration: 5, resolution: "1080p" },
});

export const wan27ImageToVideo = withSource(
  marketOperation({
    id: marketVideoId("wan/2-7-image-to-video"),
    model: "wan/2-7-image-to-video",
    category: "video",
    title: "Wan 2.7 · Image to video",
    modelLabel: "Wan 2.7",
    summary: "Wan 2.7 from a first frame (and last), or continue a clip; can lip-sync to audio.",
    outputs: ["video"],
    input: z
      .object({
        prompt: promptField(5000, ANIMATE),
        first_frame_url: optionalImageField("First frame", "The video starts on this image."),
        last_frame_url: optionalImageField("Last frame", "Optional: the video ends on this image.", true),
        first_clip_url: optionalVideoField(
          "Clip to continue",
          "Instead of a first frame: a clip to continue.",
          true,
        ),
        driving_audio_url: optionalAudioField(
          "Driving audio",
          "Optional: speech or music the motion follows.",
        ),
        duration: durationSeconds(2, 15, 5),
        ...wan27Common(),
      })
      .superRefine((v, ctx) => {
        if (!v.first_frame_url && !v.first_clip_url)
          issue(ctx, "first_frame_url", "Add a first frame or a clip to continue");
        if (v.first_frame_url && v.first_clip_url)
          issue(ctx, "first_clip_url", "Use either a first frame or a clip to continue, not both");
        if (v.last_frame_url && !v.first_frame_url)
          issue(ctx, "last_frame_url", "A last frame needs a first frame");
      }),
    cost: (i) => perSecond(WAN27_RATE, i.duration),
    example: { prompt: ANIMATE, first_frame_url: EXAMPLE_IMAGE, duration: 5 },
  }),
  animateImage("Wan 2.7", (ref) => ({ first_frame_url: ref })),
);

export const wan27ReferenceToVideo = withSource(
  marketOperation({
    id: marketVideoId("wan/2-7-r2v"),
    model: "wan/2-7-r2v",
    category: "video",
    title: "Wan 2.7 · Reference to video",
    modelLabel: "Wan 2.7",
    summary: "Cast people, props or places from up to 5 images and 5 clips into a new Wan 2.7 scene.",
    outputs: ["video"],
    input: z
      .object({
        prompt: promptField(5000, "The woman from image 1 walks her dog through the market from video 1"),
        reference_image: optionalMediaList(
          "image",
          5,
          "Reference images",
          "Up to 5 people, props or places.",
        ),
        reference_video: optionalMediaList(
          "video",
          5,
          "Reference videos",
          "Up to 5 clips of subjects or places.",
        ),
        first_frame: optionalImageField("First frame", "Optional: the video starts on this image.", true),
        reference_voice: optionalAudioField("Voice", "Optional: a voice sample for the speaking subject."),
        aspect_ratio: ratioField(RATIOS_5, "16:9"),
        duration: durationSeconds(2, 10, 5),
        ...wan27Common(),
      })
      .superRefine((v, ctx) => {
        if (!v.reference_image?.length && !v.reference_video?.length)
          issue(ctx, "reference_image", "Add at least one reference image or video");
      }),
    cost: (i) => perSecond(WAN27_RATE, i.duration),
    example: {
      prompt: "The woman from the reference walks through a flower market at golden hour",
      reference_image: [EXAMPLE_IMAGE],
      aspect_ratio: "16:9",
      duration: 5,
    },
  }),
  { kinds: ["image"], action: "Cast in Wan 2.7", prefill: (src) => ({ reference_image: [src.ref] }) },
);

/** Duration 0 keeps the source length (2–10 s): the hold assumes the 10 s maximum. */
export const wan27VideoEdit = withSource(
  marketOperation({
    id: marketVideoId("wan/2-7-videoedit"),
    model: "wan/2-7-videoedit",
    category: "video",
    title: "Wan 2.7 · Video edit",
    modelLabel: "Wan 2.7",
    summary: "Edit a 2–10 s clip with words: change outfits, objects or style, keep the motion.",
    outputs: ["video"],
    input: z
      .object({
        video_url: videoField("Source video", "2–10 s, MP4 or MOV, up to 100 MB."),
        prompt: optionalPromptField(5000, "Change the jacket to red leather and add the hat from the image"),
        reference_image: optionalImageField(
          "Reference image",
          "Optional: a character, outfit or style to use.",
        ),
        aspect_ratio: optionalChoice(RATIOS_5, "Aspect ratio", { help: "Leave empty to keep the source's." }),
        duration: z
          .number()
          .int("The duration must be a whole number of seconds")
          .min(0, "The duration is 0 (keep the source length) or 2–10 seconds")
          .max(10, "The duration is 0 (keep the source length) or 2–10 seconds")
          .default(0)
          .meta(
            meta({
              label: "Duration (s)",
              widget: "number",
              help: "0 keeps the source length; otherwise 2–10 s.",
            }),
          ),
        audio_setting: choice(["auto", "origin"] as const, "auto", "Audio", {
          optionLabels: { auto: "Model decides", origin: "Keep original" },
        }),
        ...wan27Common(),
      })
      .superRefine((v, ctx) => {
        if (v.duration === 1)
          issue(ctx, "duration", "The duration is 0 (keep the source length) or 2–10 seconds");
      }),
    cost: (i) => perSecond(WAN27_RATE, i.duration || 10),
    example: {
      video_url: EXAMPLE_VIDEO,
      prompt: "Change the jacket to red leather",
      reference_image: EXAMPLE_IMAGE,
      duration: 0,
    },
  }),
  fromVideo("Edit with Wan 2.7", (ref) => ({ video_url: ref })),
);

export const wanFamily = [
  wan22TextToVideo,
  wan22ImageToVideo,
  wan22SpeechToVideo,
  wan22Animate("move"),
  wan22Animate("replace"),
  wan25TextToVideo,
  wan25ImageToVideo,
  wan26("text", false),
  wan26("image", false),
  wan26("video", false),
  wan26("image", true),
  wan26("video", true),
  wan27TextToVideo,
  wan27ImageToVideo,
  wan27ReferenceToVideo,
  wan27VideoEdit,
];
