import { z } from "zod";
import { meta, stripUndefined } from "../../body";
import { requiredText } from "../fields";
import { sunoTrackOperation } from "../suno-operation";

/** REFERENCE §13: sounds cost 5 credits. */
const SOUNDS_CREDITS = 5;

/** §6.5: `Any`, then the minor keys, then the major keys. */
export const SOUND_KEYS = [
  "Any",
  "Cm",
  "C#m",
  "Dm",
  "D#m",
  "Em",
  "Fm",
  "F#m",
  "Gm",
  "G#m",
  "Am",
  "A#m",
  "Bm",
  "C",
  "C#",
  "D",
  "D#",
  "E",
  "F",
  "F#",
  "G",
  "G#",
  "A",
  "A#",
  "B",
] as const;

const input = z.object({
  prompt: requiredText("Describe the sound")
    .max(500, "The description can be at most 500 characters")
    .meta(
      meta({
        label: "Sound",
        widget: "textarea",
        rows: 3,
        placeholder: "Soft rain on a tin roof with distant thunder",
        help: "Effects, ambiences, loops and short musical phrases.",
      }),
    ),
  model: z
    .enum(["V5", "V5_5"])
    .default("V5")
    .meta(
      meta({
        label: "Model",
        widget: "segmented",
        optionLabels: { V5: "V5", V5_5: "V5.5" },
      }),
    ),
  soundLoop: z
    .boolean()
    .default(false)
    .meta(meta({ label: "Loop", widget: "switch", help: "Make it loop seamlessly." })),
  soundTempo: z
    .number()
    .int("The tempo must be a whole number of BPM")
    .min(1, "The tempo must be 1–300 BPM")
    .max(300, "The tempo must be 1–300 BPM")
    .optional()
    .meta(meta({ label: "Tempo (BPM)", widget: "number", help: "1–300; leave empty to let Suno choose." })),
  soundKey: z
    .enum(SOUND_KEYS)
    .default("Any")
    .meta(meta({ label: "Key", widget: "select", optionLabels: { Any: "Any key" } })),
  grabLyrics: z
    .boolean()
    .default(false)
    .meta(
      meta({
        label: "Capture lyrics",
        widget: "switch",
        help: "Fetch lyric subtitles when the sound has words.",
        advanced: true,
      }),
    ),
});

export const musicSounds = sunoTrackOperation({
  id: "music.sounds",
  title: "Sounds",
  summary: "Sound effects, ambiences and loops from a description, at your tempo and key.",
  input,
  path: "/api/v1/generate/sounds",
  toBody: (i, { callBackUrl }) =>
    stripUndefined({
      prompt: i.prompt,
      model: i.model,
      soundLoop: i.soundLoop,
      soundTempo: i.soundTempo,
      soundKey: i.soundKey,
      grabLyrics: i.grabLyrics,
      callBackUrl,
    }),
  cost: () => SOUNDS_CREDITS,
  example: {
    prompt: "A warm lo-fi drum loop with vinyl crackle",
    model: "V5",
    soundLoop: true,
    soundTempo: 90,
    soundKey: "Am",
  },
});
