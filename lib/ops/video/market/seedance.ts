import { z } from "zod";
import { meta } from "../../body";
import { marketOperation } from "../../market";
import {
  animateImage,
  durationChoice,
  durationSeconds,
  EXAMPLE_IMAGE,
  EXAMPLE_IMAGE_2,
  issue,
  marketVideoId,
  optionalImageField,
  optionalMediaList,
  perSecond,
  ratioField,
  resolutionField,
  switchField,
  switchWithDefault,
  tier,
  withSource,
} from "./fields";

const SEEDANCE_RATIOS = ["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] as const;

/** REFERENCE §13 prices Seedance 2 at 25 (fast: 20) credits per second at 720p; see `tier`. */
function seedance2Op(model: "bytedance/seedance-2" | "bytedance/seedance-2-fast") {
  const fast = model.endsWith("-fast");
  const name = fast ? "Seedance 2 Fast" : "Seedance 2";
  const resolutions = fast ? (["480p", "720p"] as const) : (["480p", "720p", "1080p"] as const);
  const input = z
    .object({
      prompt: z
        .string()
        .trim()
        .min(3, "The prompt needs at least 3 characters")
        .max(20000, "The prompt can be at most 20000 characters")
        .meta(
          meta({
            label: "Prompt",
            widget: "textarea",
            rows: 4,
            placeholder: "A red fox trots through fresh snow at dawn, tracking shot",
          }),
        ),
      first_frame_url: optionalImageField("First frame", "The video starts on this image."),
      last_frame_url: optionalImageField("Last frame", "The video ends on this image (needs a first frame)."),
      reference_image_urls: optionalMediaList(
        "image",
        9,
        "Reference images",
        "Up to 9 images to draw characters, objects or style from. Not with first/last frames.",
        true,
      ),
      reference_video_urls: optionalMediaList(
        "video",
        3,
        "Reference videos",
        "Up to 3 clips for motion or camera work. Not with first/last frames.",
        true,
      ),
      reference_audio_urls: optionalMediaList(
        "audio",
        3,
        "Reference audio",
        "Up to 3 audio clips (music, voice); needs a reference image or video too.",
        true,
      ),
      generate_audio: switchWithDefault("Generate sound", "Dialogue, effects and music in the clip.", true),
      resolution: resolutionField(resolutions, "720p"),
      aspect_ratio: ratioField(SEEDANCE_RATIOS, "16:9"),
      duration: durationSeconds(4, 15, 5),
      web_search: switchField("Web search", "Let the model look up facts it needs for the prompt."),
      nsfw_checker: switchField(
        "Safety checker",
        "Kie's own output filter; when off, Kie does not filter outputs.",
      ),
    })
    .superRefine((v, ctx) => {
      const frames = Boolean(v.first_frame_url || v.last_frame_url);
      const refs = ["reference_image_urls", "reference_video_urls", "reference_audio_urls"] as const;
      for (const key of refs)
        if (frames && v[key]?.length) issue(ctx, key, "Use either first/last frames or references, not both");
      if (v.last_frame_url && !v.first_frame_url)
        issue(ctx, "first_frame_url", "A last frame needs a first frame");
      if (
        v.reference_audio_urls?.length &&
        !v.reference_image_urls?.length &&
        !v.reference_video_urls?.length
      )
        issue(ctx, "reference_audio_urls", "Reference audio needs a reference image or video as well");
    });
  const op = marketOperation({
    id: marketVideoId(model),
    model,
    category: "video",
    title: fast ? "Seedance 2 Fast · Video" : "Seedance 2 · Video",
    modelLabel: name,
    summary: fast
      ? "ByteDance's Seedance 2, faster and cheaper: 4–15 s clips with sound, up to 720p."
      : "ByteDance's flagship: 4–15 s clips with sound from text, frames or image/video/audio references, up to 1080p.",
    outputs: ["video"],
    input,
    cost: (i) => perSecond((fast ? 20 : 25) * tier(i.resolution), i.duration),
    example: {
      prompt: "A red fox trots through fresh snow at dawn, low tracking shot",
      first_frame_url: EXAMPLE_IMAGE,
      aspect_ratio: "16:9",
      duration: 5,
    },
  });
  return withSource(
    op,
    animateImage(name, (ref) => ({ first_frame_url: ref })),
  );
}

export const seedance2 = seedance2Op("bytedance/seedance-2");
export const seedance2Fast = seedance2Op("bytedance/seedance-2-fast");

const seedance15Input = z.object({
  prompt: z
    .string()
    .trim()
    .min(1, "Describe the video")
    .max(2500, "The prompt can be at most 2500 characters")
    .meta(
      meta({
        label: "Prompt",
        widget: "textarea",
        rows: 4,
        placeholder: "Two friends laugh on a rooftop at sunset, handheld",
      }),
    ),
  input_urls: optionalMediaList(
    "image",
    2,
    "Frames",
    "Optional: 1 image to animate, or 2 for first and last frame.",
  ),
  aspect_ratio: ratioField(["16:9", "9:16", "1:1", "4:3", "3:4", "21:9"] as const, "16:9"),
  resolution: resolutionField(["480p", "720p", "1080p"] as const, "720p"),
  duration: durationChoice(["4", "8", "12"] as const, "8"),
  fixed_lens: switchField("Locked camera", "Keep the camera still."),
  generate_audio: switchField("Generate sound", "Dialogue, effects and music in the clip.", {
    advanced: false,
  }),
});

/** Unpriced in REFERENCE §13: estimated like Seedance V1 Pro (6/s at 720p), scaled by pixel count. */
export const seedance15Pro = withSource(
  marketOperation({
    id: marketVideoId("bytedance/seedance-1.5-pro"),
    model: "bytedance/seedance-1.5-pro",
    category: "video",
    title: "Seedance 1.5 Pro · Video",
    modelLabel: "Seedance 1.5 Pro",
    summary: "ByteDance's Seedance 1.5 Pro: 4, 8 or 12 s clips with optional sound, from text or 1–2 frames.",
    outputs: ["video"],
    input: seedance15Input,
    cost: (i) => perSecond(6 * tier(i.resolution), Number(i.duration)),
    example: {
      prompt: "Two friends laugh on a rooftop at sunset, handheld camera",
      input_urls: [EXAMPLE_IMAGE, EXAMPLE_IMAGE_2],
      duration: "8",
    },
  }),
  animateImage("Seedance 1.5 Pro", (ref) => ({ input_urls: [ref] })),
);

export const seedanceFamily = [seedance2, seedance2Fast, seedance15Pro];
