import { z } from "zod";
import { meta } from "../body";
import { marketOperation } from "../market";
import { elevenLabsId } from "./fields";

/** ElevenLabs `codec_sampleRate[_bitrate]` codes Kie accepts for `output_format`. */
export const SFX_OUTPUT_FORMATS = [
  "mp3_22050_32",
  "mp3_44100_32",
  "mp3_44100_64",
  "mp3_44100_96",
  "mp3_44100_128",
  "mp3_44100_192",
  "pcm_8000",
  "pcm_16000",
  "pcm_22050",
  "pcm_24000",
  "pcm_44100",
  "pcm_48000",
  "ulaw_8000",
  "alaw_8000",
  "opus_48000_32",
  "opus_48000_64",
  "opus_48000_96",
  "opus_48000_128",
  "opus_48000_192",
] as const;

function formatLabel(code: string): string {
  const [codec, rate, kbps] = code.split("_");
  const khz = `${Number(rate) / 1000} kHz`;
  const name =
    codec === "pcm"
      ? "WAV (PCM)"
      : codec === "ulaw"
        ? "μ-law"
        : codec === "alaw"
          ? "A-law"
          : codec.toUpperCase();
  return kbps ? `${name} · ${khz}, ${kbps} kbps` : `${name} · ${khz}`;
}

/**
 * §13 has no price for sound effects. The hold assumes 0.5 credits per second and the 22 s
 * maximum when the length is left to the model; Kie's reported charge replaces it.
 */
const CREDITS_PER_SECOND = 0.5;
const MAX_SECONDS = 22;

export const soundEffectV2 = marketOperation({
  id: elevenLabsId("elevenlabs/sound-effect-v2"),
  model: "elevenlabs/sound-effect-v2",
  category: "audio",
  title: "Sound effects",
  modelLabel: "ElevenLabs SFX v2",
  summary: "Foley, ambiences and UI sounds from a description, up to 22 seconds, optionally looping.",
  outputs: ["audio"],
  input: z.object({
    text: z
      .string()
      .trim()
      .min(1, "Describe the sound")
      .max(5000, "The description can be at most 5000 characters")
      .meta(
        meta({
          label: "Sound",
          widget: "textarea",
          rows: 3,
          placeholder: "Heavy rain on a tin roof, distant thunder",
        }),
      ),
    duration_seconds: z
      .number()
      .min(0.5, "The length must be between 0.5 and 22 seconds")
      .max(MAX_SECONDS, "The length must be between 0.5 and 22 seconds")
      .optional()
      .meta(
        meta({
          label: "Length (seconds)",
          widget: "number",
          help: "0.5 to 22 seconds. Empty: the model picks a length that suits the sound.",
        }),
      ),
    loop: z
      .boolean()
      .default(false)
      .meta(meta({ label: "Seamless loop", widget: "switch", help: "The end flows back into the start." })),
    prompt_influence: z
      .number()
      .min(0, "Prompt influence must be between 0 and 1")
      .max(1, "Prompt influence must be between 0 and 1")
      .default(0.3)
      .meta(
        meta({
          label: "Prompt influence",
          widget: "slider",
          advanced: true,
          help: "Higher follows the description more literally, with less variation.",
        }),
      ),
    output_format: z
      .enum(SFX_OUTPUT_FORMATS, { error: "Pick one of the listed formats" })
      .default("mp3_44100_128")
      .meta(
        meta({
          label: "Format",
          widget: "select",
          advanced: true,
          optionLabels: Object.fromEntries(SFX_OUTPUT_FORMATS.map((f) => [f, formatLabel(f)])),
        }),
      ),
  }),
  cost: (input) => Math.ceil((input.duration_seconds ?? MAX_SECONDS) * CREDITS_PER_SECOND * 100) / 100,
  example: { text: "Heavy rain on a tin roof, distant thunder", duration_seconds: 8, loop: true },
});
