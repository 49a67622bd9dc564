import { z } from "zod";
import { meta } from "../../body";
import { marketOperation } from "../../market";
import {
  animateImage,
  choice,
  durationChoice,
  EXAMPLE_IMAGE,
  EXAMPLE_VIDEO,
  issue,
  marketVideoId,
  optionalMediaList,
  optionalPromptField,
  perSecond,
  promptField,
  singleInList,
  switchWithDefault,
  uploadMethodField,
  videoField,
  withSource,
} from "./fields";

/** REFERENCE §13: Sora 2 3/s, Sora 2 Pro 4.5/s; Pro "high" size is unpriced: estimated at double. */
const RATE = { standard: 3, pro: 4.5 } as const;
const PROMPT = "A hand-drawn paper airplane glides over a sleeping city at dawn";

const aspectRatio = () =>
  choice(["landscape", "portrait"] as const, "landscape", "Orientation", {
    optionLabels: { landscape: "Landscape", portrait: "Portrait" },
  });
const nFrames = () => durationChoice(["10", "15"] as const, "10");
const removeWatermark = () =>
  switchWithDefault("Remove watermark", "Return the clip without the Sora watermark.", true, {
    advanced: true,
  });
const characterIds = () =>
  z
    .array(
      z.string().trim().min(1, "A character id cannot be empty").max(200, "That is not a Sora character id"),
    )
    .max(5, "At most 5 characters")
    .optional()
    .meta(
      meta({
        label: "Characters",
        advanced: true,
        help: 'Up to 5 ids from Sora 2 Characters, e.g. ["char_9f2c…"]; mention them in the prompt.',
      }),
    );

function soraVideo(model: string, o: { pro: boolean; image: boolean }) {
  const label = o.pro ? "Sora 2 Pro" : "Sora 2";
  const base = {
    prompt: promptField(10000, PROMPT),
    ...(o.image ? { image_urls: singleInList("image", "Image", "The first frame.") } : {}),
    aspect_ratio: aspectRatio(),
    n_frames: nFrames(),
    ...(o.pro
      ? {
          size: choice(["standard", "high"] as const, "standard", "Quality", {
            optionLabels: { standard: "Standard", high: "High" },
          }),
        }
      : {}),
    remove_watermark: removeWatermark(),
    character_id_list: characterIds(),
    upload_method: uploadMethodField(),
  };
  const op = marketOperation({
    id: marketVideoId(model),
    model,
    category: "video",
    title: `${label} · ${o.image ? "Image" : "Text"} to video`,
    modelLabel: label,
    summary: o.pro
      ? `OpenAI's Sora 2 Pro ${o.image ? "animates your image" : "from a prompt"}: 10 or 15 s with synced sound, sharper detail.`
      : `OpenAI's Sora 2 ${o.image ? "animates your image" : "from a prompt"}: 10 or 15 s with synced dialogue and sound.`,
    outputs: ["video"],
    input: z.object(base),
    cost: (i) => {
      const size = (i as { size?: "standard" | "high" }).size;
      return perSecond(o.pro ? RATE.pro * (size === "high" ? 2 : 1) : RATE.standard, Number(i.n_frames));
    },
    example: {
      prompt: PROMPT,
      aspect_ratio: "landscape",
      n_frames: "10",
      ...(o.image ? { image_urls: [EXAMPLE_IMAGE] } : {}),
    },
  });
  return o.image
    ? withSource(
        op,
        animateImage(label, (ref) => ({ image_urls: [ref] }) as never),
      )
    : op;
}

export const sora2TextToVideo = soraVideo("sora-2-text-to-video", { pro: false, image: false });
export const sora2ImageToVideo = soraVideo("sora-2-image-to-video", { pro: false, image: true });
export const sora2ProTextToVideo = soraVideo("sora-2-pro-text-to-video", { pro: true, image: false });
export const sora2ProImageToVideo = soraVideo("sora-2-pro-image-to-video", { pro: true, image: true });

/** The Sora operations whose results other Sora tools start from. */
export const SORA_VIDEO_OPS = [
  sora2TextToVideo,
  sora2ImageToVideo,
  sora2ProTextToVideo,
  sora2ProImageToVideo,
].map((op) => op.id);

const storyboardShot = z.object({
  Scene: z.string().trim().min(1, "Describe the scene").max(5000, "A scene can be at most 5000 characters"),
  duration: z
    .number()
    .positive("A scene lasts more than 0 seconds")
    .max(25, "A scene lasts at most 25 seconds"),
});

export const sora2ProStoryboard = withSource(
  marketOperation({
    id: marketVideoId("sora-2-pro-storyboard"),
    model: "sora-2-pro-storyboard",
    category: "video",
    title: "Sora 2 Pro · Storyboard",
    modelLabel: "Sora 2 Pro",
    summary: "Plan a 10, 15 or 25 s Sora 2 Pro video scene by scene; the scenes add up to the total.",
    outputs: ["video"],
    input: z
      .object({
        shots: z
          .array(storyboardShot)
          .min(1, "Add at least one scene")
          .max(10, "At most 10 scenes")
          .meta(
            meta({
              label: "Scenes",
              help: 'Each scene and its seconds, adding up to the duration: [{"Scene": "A fox wakes in its den", "duration": 5}, {"Scene": "It steps into the snow", "duration": 5}]',
            }),
          ),
        n_frames: durationChoice(
          ["10", "15", "25"] as const,
          "15",
          "Total length; the scenes must add up to it.",
        ),
        image_urls: optionalMediaList("image", 1, "Start image", "Optional: the first frame."),
        aspect_ratio: aspectRatio(),
        upload_method: uploadMethodField(),
      })
      .superRefine((v, ctx) => {
        const total = v.shots.reduce((s, shot) => s + shot.duration, 0);
        if (Math.abs(total - Number(v.n_frames)) > 1e-6)
          issue(ctx, "shots", `The scenes add up to ${total} s but the duration is ${v.n_frames} s`);
      }),
    cost: (i) => perSecond(RATE.pro, Number(i.n_frames)),
    example: {
      shots: [
        { Scene: "A fox wakes in its den as snow falls outside", duration: 5 },
        { Scene: "The fox steps out and leaves tracks across the clearing", duration: 5 },
      ],
      n_frames: "10",
      aspect_ratio: "landscape",
    },
  }),
  animateImage("Sora 2 storyboard", (ref) => ({ image_urls: [ref] })),
);

const characterPrompt = () =>
  optionalPromptField(
    5000,
    "A cheerful cartoon otter in a yellow raincoat",
    "Describe the character's look and manner.",
  );
const safetyInstruction = () =>
  z
    .string()
    .trim()
    .max(5000, "The safety instruction can be at most 5000 characters")
    .optional()
    .meta(
      meta({
        label: "Safety instruction",
        widget: "textarea",
        rows: 2,
        advanced: true,
        help: "What the character must never do.",
      }),
    );

/** Unpriced in §13: estimated at 10 credits, like the watermark remover. */
const CHARACTER_CREDITS = 10;

export const sora2Characters = withSource(
  marketOperation({
    id: marketVideoId("sora-2-characters"),
    model: "sora-2-characters",
    category: "video",
    title: "Sora 2 · Character from video",
    modelLabel: "Sora 2",
    summary: "Turn a short clip of someone into a reusable Sora character for later videos.",
    outputs: ["video"],
    input: z.object({
      character_file_url: singleInList(
        "video",
        "Character clip",
        "A short clip (a few seconds) showing the character.",
      ),
      character_prompt: characterPrompt(),
      safety_instruction: safetyInstruction(),
    }),
    cost: () => CHARACTER_CREDITS,
    example: {
      character_file_url: [EXAMPLE_VIDEO],
      character_prompt: "A cheerful cartoon otter in a yellow raincoat",
    },
  }),
  {
    kinds: ["video"],
    action: "Make a Sora character",
    prefill: (src) => ({ character_file_url: [src.ref] }),
  },
);

/** "start,end" in seconds; Sora wants a 1–3 s window where the character is clearly visible. */
const TIMESTAMPS = /^\s*(\d+(?:\.\d+)?)\s*,\s*(\d+(?:\.\d+)?)\s*$/;

export const sora2CharactersPro = withSource(
  marketOperation({
    id: marketVideoId("sora-2-characters-pro"),
    model: "sora-2-characters-pro",
    category: "video",
    title: "Sora 2 Pro · Character from a Sora video",
    modelLabel: "Sora 2 Pro",
    summary: "Lift a character out of one of your Sora videos to star in new ones.",
    outputs: ["video"],
    input: z
      .object({
        origin_task_id: z
          .string()
          .trim()
          .min(1, "Pick the Sora video the character comes from")
          .max(128, "That does not look like a Kie task id")
          .meta(
            meta({
              label: "Source Sora video",
              ref: "kie-task",
              help: "The Sora video the character appears in.",
            }),
          ),
        timestamps: z
          .string()
          .trim()
          .regex(TIMESTAMPS, 'Give the time range as "start,end" in seconds, e.g. "1,3"')
          .meta(
            meta({
              label: "Time range",
              placeholder: "1,3",
              help: 'Where the character is clearly visible, as "start,end" seconds (1–3 s long), e.g. "1,3".',
            }),
          ),
        character_prompt: characterPrompt(),
        safety_instruction: safetyInstruction(),
      })
      .superRefine((v, ctx) => {
        const m = TIMESTAMPS.exec(v.timestamps);
        if (!m) return;
        const span = Number(m[2]) - Number(m[1]);
        if (span < 1 || span > 3)
          issue(ctx, "timestamps", "The time range must be 1 to 3 seconds long, with end after start");
      }),
    cost: () => CHARACTER_CREDITS,
    example: { origin_task_id: "sora_task_abcdef123456", timestamps: "1,3" },
  }),
  {
    kinds: ["video"],
    fromOperations: SORA_VIDEO_OPS,
    action: "Make a Sora character",
    prefill: (src) => ({ origin_task_id: src.kieTaskId }),
  },
);

/** REFERENCE §13: 10 credits flat. */
export const soraWatermarkRemover = withSource(
  marketOperation({
    id: marketVideoId("sora-watermark-remover"),
    model: "sora-watermark-remover",
    category: "video",
    title: "Sora · Remove watermark",
    modelLabel: "Sora 2",
    summary: "Remove the Sora watermark from a published Sora video link.",
    outputs: ["video"],
    input: z.object({
      video_url: videoField(
        "Sora video",
        "A public Sora video link (sora.chatgpt.com/p/…) or a Sora result.",
      ),
      upload_method: uploadMethodField(),
    }),
    cost: () => 10,
    example: { video_url: "https://sora.chatgpt.com/p/s_68e83bd7eee88191be79d2ba7158516f" },
  }),
  {
    kinds: ["video"],
    fromOperations: SORA_VIDEO_OPS,
    action: "Remove the Sora watermark",
    prefill: (src) => ({ video_url: src.ref }),
  },
);

export const soraFamily = [
  sora2TextToVideo,
  sora2ImageToVideo,
  sora2ProTextToVideo,
  sora2ProImageToVideo,
  sora2ProStoryboard,
  sora2Characters,
  sora2CharactersPro,
  soraWatermarkRemover,
];
