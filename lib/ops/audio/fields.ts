import { z } from "zod";
import { meta } from "../body";
import type { SourceSpec } from "../types";

/** Shared field builders for the ElevenLabs Market models. */
export const EXAMPLE_AUDIO = "https://audio.example.com/kie-studio/interview.mp3";

/** `audio.elevenlabs.<slug>` for `elevenlabs/<slug>`. */
export function elevenLabsId(model: `elevenlabs/${string}`): string {
  return `audio.elevenlabs.${model.slice("elevenlabs/".length)}`;
}

export function speechTextField(label: string, placeholder: string) {
  return z
    .string()
    .trim()
    .min(1, "Write the text to speak")
    .max(5000, "The text can be at most 5000 characters")
    .meta(meta({ label, widget: "textarea", rows: 5, placeholder }));
}

/** A 0–1 voice setting with Kie's documented default. */
export function unitSlider(label: string, def: number, help: string, advanced = false) {
  return z
    .number()
    .min(0, `${label} must be between 0 and 1`)
    .max(1, `${label} must be between 0 and 1`)
    .default(def)
    .meta(meta({ label, help, widget: "slider", group: "Voice settings", advanced }));
}

/** ISO 639-1 (or 639-3 where ElevenLabs accepts it), lower case: "en", "de", "eng". */
export function languageCodeField(help: string) {
  return z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z]{2,3}$/, "Use a two-letter language code such as en, de or ja")
    .optional()
    .meta(meta({ label: "Language", placeholder: "en", help, advanced: true }));
}

/** Any audio result (a song, a stem, speech) can be transcribed or cleaned up. */
export function fromAnyAudio(action: string): SourceSpec<{ audio_url?: string }> {
  return { kinds: ["audio"], action, prefill: (src) => ({ audio_url: src.ref }) };
}
