import { z } from "zod";
import { marketOperation } from "../../market";
import {
  audioField,
  choice,
  EXAMPLE_AUDIO,
  EXAMPLE_IMAGE,
  EXAMPLE_VIDEO,
  fromVideo,
  imageField,
  marketVideoId,
  perSecond,
  promptField,
  resolutionField,
  seedField,
  videoField,
  withSource,
} from "./fields";

/** REFERENCE §13: Topaz video upscale 8 credits flat. */
export const topazVideoUpscale = withSource(
  marketOperation({
    id: marketVideoId("topaz/video-upscale"),
    model: "topaz/video-upscale",
    category: "video",
    title: "Topaz · Video upscale",
    modelLabel: "Topaz Video AI",
    summary: "Upscale a video 2× or 4× with Topaz, restoring detail; 1× only cleans it up.",
    outputs: ["video"],
    input: z.object({
      video_url: videoField("Video", "The clip to upscale."),
      upscale_factor: choice(["1", "2", "4"] as const, "2", "Upscale", {
        optionLabels: { "1": "1× (enhance)", "2": "2×", "4": "4×" },
      }),
    }),
    cost: () => 8,
    example: { video_url: EXAMPLE_VIDEO, upscale_factor: "2" },
  }),
  fromVideo("Upscale with Topaz", (ref) => ({ video_url: ref })),
);

/** Unpriced: the clip follows the audio's length; estimated at 4/s (480p) or 8/s (720p) over 10 s. */
export const infinitalkFromAudio = withSource(
  marketOperation({
    id: marketVideoId("infinitalk/from-audio"),
    model: "infinitalk/from-audio",
    category: "video",
    title: "InfiniTalk · Talking video from audio",
    modelLabel: "InfiniTalk",
    summary: "A portrait talks or sings your audio with lip-sync and natural head motion, any length.",
    outputs: ["video"],
    input: z.object({
      image_url: imageField("Portrait", "A clear face to animate."),
      audio_url: audioField("Audio", "Speech or singing; the video lasts as long."),
      prompt: promptField(
        5000,
        "A podcaster speaks warmly, gesturing lightly",
        "Describe the mood and gestures.",
      ),
      resolution: resolutionField(["480p", "720p"] as const, "480p"),
      seed: seedField(),
    }),
    cost: (i) => perSecond(i.resolution === "720p" ? 8 : 4, 10),
    example: {
      image_url: EXAMPLE_IMAGE,
      audio_url: EXAMPLE_AUDIO,
      prompt: "A podcaster speaks warmly, gesturing lightly",
      resolution: "480p",
    },
  }),
  { kinds: ["image"], action: "Make it talk with InfiniTalk", prefill: (src) => ({ image_url: src.ref }) },
);

export const miscVideoFamily = [topazVideoUpscale, infinitalkFromAudio];
