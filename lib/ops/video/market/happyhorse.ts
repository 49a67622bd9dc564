import { z } from "zod";
import { marketOperation } from "../../market";
import { mediaUrlsField } from "../../media";
import {
  animateImage,
  choice,
  durationSeconds,
  EXAMPLE_IMAGE,
  EXAMPLE_VIDEO,
  fromVideo,
  marketVideoId,
  optionalMediaList,
  optionalPromptField,
  perSecond,
  promptField,
  ratioField,
  resolutionField,
  seedField,
  singleInList,
  videoField,
  withSource,
} from "./fields";

/** REFERENCE §13: HappyHorse 28/s at 720p, 48/s at 1080p (the default). */
const rate = (res: string) => (res === "720p" ? 28 : 48);
/** Edits keep the source's length (3–60 s): the hold assumes 10 s. */
const EDIT_SECONDS = 10;
const RATIOS = ["16:9", "9:16", "1:1", "4:3", "3:4"] as const;
const LABEL = "HappyHorse";
const PROMPT = "A horse-headed jazz pianist plays in a smoky 1920s club";

const common = () => ({
  resolution: resolutionField(["720p", "1080p"] as const, "1080p"),
  duration: durationSeconds(3, 15, 5),
  seed: seedField(),
});

export const happyHorseTextToVideo = marketOperation({
  id: marketVideoId("happyhorse/text-to-video"),
  model: "happyhorse/text-to-video",
  category: "video",
  title: "HappyHorse · Text to video",
  modelLabel: LABEL,
  summary: "HappyHorse: top-ranked 3–15 s clips with sound from a prompt, 1080p by default.",
  outputs: ["video"],
  input: z.object({
    prompt: promptField(5000, PROMPT),
    aspect_ratio: ratioField(RATIOS, "16:9"),
    ...common(),
  }),
  cost: (i) => perSecond(rate(i.resolution), i.duration),
  example: { prompt: PROMPT, aspect_ratio: "16:9", resolution: "720p", duration: 5 },
});

export const happyHorseImageToVideo = withSource(
  marketOperation({
    id: marketVideoId("happyhorse/image-to-video"),
    model: "happyhorse/image-to-video",
    category: "video",
    title: "HappyHorse · Image to video",
    modelLabel: LABEL,
    summary: "Animate one image with HappyHorse: 3–15 s with sound, 720p or 1080p.",
    outputs: ["video"],
    input: z.object({
      prompt: optionalPromptField(5000, "The pianist leans back and laughs"),
      image_urls: singleInList("image", "Image", "The first frame."),
      ...common(),
    }),
    cost: (i) => perSecond(rate(i.resolution), i.duration),
    example: { prompt: "The pianist leans back and laughs", image_urls: [EXAMPLE_IMAGE], resolution: "720p" },
  }),
  animateImage(LABEL, (ref) => ({ image_urls: [ref] })),
);

export const happyHorseReferenceToVideo = withSource(
  marketOperation({
    id: marketVideoId("happyhorse/reference-to-video"),
    model: "happyhorse/reference-to-video",
    category: "video",
    title: "HappyHorse · Reference to video",
    modelLabel: LABEL,
    summary: "Put the characters and objects from up to 9 images into one HappyHorse scene.",
    outputs: ["video"],
    input: z.object({
      prompt: promptField(5000, "The girl from the first image rides the bike from the second through Paris"),
      reference_image: mediaUrlsField("image", 9, {
        label: "Reference images",
        help: "1–9 images of the characters, objects or places to use.",
      }),
      aspect_ratio: ratioField(RATIOS, "16:9"),
      ...common(),
    }),
    cost: (i) => perSecond(rate(i.resolution), i.duration),
    example: {
      prompt: "The girl from the reference rides a bicycle along the Seine at dawn",
      reference_image: [EXAMPLE_IMAGE],
      resolution: "720p",
    },
  }),
  { kinds: ["image"], action: "Cast in HappyHorse", prefill: (src) => ({ reference_image: [src.ref] }) },
);

export const happyHorseVideoEdit = withSource(
  marketOperation({
    id: marketVideoId("happyhorse/video-edit"),
    model: "happyhorse/video-edit",
    category: "video",
    title: "HappyHorse · Video edit",
    modelLabel: LABEL,
    summary: "Edit a 3–60 s clip with words and up to 5 reference images: restyle, swap outfits or objects.",
    outputs: ["video"],
    input: z.object({
      prompt: promptField(5000, "Dress the character in the striped sweater from the image"),
      video_url: videoField("Source video", "MP4 or MOV, 3–60 s, up to 100 MB."),
      // The Kie page spells this key with a trailing space ("reference_image "); live uses the intended name.
      reference_image: optionalMediaList(
        "image",
        5,
        "Reference images",
        "Optional: up to 5 images to draw from.",
      ),
      resolution: resolutionField(["720p", "1080p"] as const, "1080p"),
      audio_setting: choice(["auto", "origin"] as const, "auto", "Audio", {
        optionLabels: { auto: "Model decides", origin: "Keep original" },
      }),
      seed: seedField(),
    }),
    cost: (i) => perSecond(rate(i.resolution), EDIT_SECONDS),
    example: {
      prompt: "Dress the character in the striped sweater from the image",
      video_url: EXAMPLE_VIDEO,
      reference_image: [EXAMPLE_IMAGE],
      resolution: "720p",
    },
  }),
  fromVideo("Edit with HappyHorse", (ref) => ({ video_url: ref })),
);

export const happyHorseFamily = [
  happyHorseTextToVideo,
  happyHorseImageToVideo,
  happyHorseReferenceToVideo,
  happyHorseVideoEdit,
];
