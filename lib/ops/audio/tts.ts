import { z } from "zod";
import { meta } from "../body";
import { marketOperation } from "../market";
import { elevenLabsId, languageCodeField, speechTextField, unitSlider } from "./fields";
import { voiceField } from "./voices";

const EXAMPLE_TEXT =
  "Welcome to Kie Studio. Every song, picture and voice you make here is kept safe, ready when you need it.";

function contextField(label: string, help: string) {
  return z
    .string()
    .trim()
    .max(5000, `${label} can be at most 5000 characters`)
    .optional()
    .meta(meta({ label, help, widget: "textarea", rows: 2, group: "Continuity", advanced: true }));
}

function ttsFields() {
  return {
    text: speechTextField("Text", "What should the voice say?"),
    voice: voiceField(),
    stability: unitSlider("Stability", 0.5, "Lower is more expressive; higher is more even."),
    similarity_boost: unitSlider(
      "Similarity",
      0.75,
      "How closely to match the original voice. Very high values can add artifacts.",
      true,
    ),
    style: unitSlider("Style exaggeration", 0, "Amplifies the voice's style. 0 is the most stable.", true),
    speed: z
      .number()
      .min(0.7, "Speed must be between 0.7 and 1.2")
      .max(1.2, "Speed must be between 0.7 and 1.2")
      .default(1)
      .meta(
        meta({
          label: "Speed",
          widget: "slider",
          group: "Voice settings",
          help: "Below 1 slows the speech down, above 1 speeds it up.",
        }),
      ),
    timestamps: z
      .boolean()
      .optional()
      .meta(
        meta({
          label: "Word timestamps",
          widget: "switch",
          advanced: true,
          help: "Ask for the timing of each word.",
        }),
      ),
    previous_text: contextField("Text before", "What came just before, so joined clips flow naturally."),
    next_text: contextField("Text after", "What comes just after, so joined clips flow naturally."),
  };
}

/** Kie bills ElevenLabs speech per started 1,000 characters (§13, empirical). */
const perThousandChars = (credits: number) => (input: { text: string }) =>
  Math.max(1, Math.ceil(input.text.length / 1000)) * credits;

export const ttsMultilingualV2 = marketOperation({
  id: elevenLabsId("elevenlabs/text-to-speech-multilingual-v2"),
  model: "elevenlabs/text-to-speech-multilingual-v2",
  category: "audio",
  title: "Text to speech · Multilingual v2",
  modelLabel: "ElevenLabs Multilingual v2",
  summary: "ElevenLabs' most lifelike voices in 29 languages, for narration and voice-overs.",
  outputs: ["audio"],
  // No `language_code`: Kie's docs say only Turbo/Flash 2.5 enforce a language and other models
  // answer an error when it is sent.
  input: z.object(ttsFields()),
  cost: perThousandChars(12),
  example: { text: EXAMPLE_TEXT, voice: "Rachel", stability: 0.5, similarity_boost: 0.75 },
});

export const ttsTurbo25 = marketOperation({
  id: elevenLabsId("elevenlabs/text-to-speech-turbo-2-5"),
  model: "elevenlabs/text-to-speech-turbo-2-5",
  category: "audio",
  title: "Text to speech · Turbo 2.5",
  modelLabel: "ElevenLabs Turbo 2.5",
  summary: "Fast, half-price ElevenLabs speech in 32 languages, with an optional enforced language.",
  outputs: ["audio"],
  input: z.object({
    ...ttsFields(),
    language_code: languageCodeField("Force a language (ISO 639-1). Empty: detected from the text."),
  }),
  cost: perThousandChars(6),
  example: { text: EXAMPLE_TEXT, voice: "Brian", speed: 1.1, language_code: "en" },
});
