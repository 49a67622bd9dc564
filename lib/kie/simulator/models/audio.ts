import { InputError, invalid, isRecord } from "../envelope";
import { sampleCountFor } from "../media/wav";
import type { FieldRule, MarketInput, MarketModel } from "../models";
import type { AudioSpec } from "../types";
import { scribeTranscript } from "./audio-transcript";

/**
 * Market audio models (REFERENCE §5.5 "Audio": ElevenLabs). Kie answers MP3; the simulator renders
 * WAV from the same synth as its songs, with speech lasting as long as the text takes to say.
 * Charges follow §13.
 */

const CHARS_PER_SECOND = 14;
// Keeps demo files small: 5000 characters would otherwise be a six-minute WAV.
const MAX_SPEECH_SECONDS = 90;

const str = (v: unknown) => (typeof v === "string" ? v : "");
const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));
const cents = (n: number) => Math.round(n * 100) / 100;

function audioOf(prompt: string, style: string, taskId: string, seconds: number): AudioSpec {
  return { kind: "audio", prompt, style, seed: taskId, take: 0, sampleCount: sampleCountFor(seconds) };
}

function speech(text: string, speed: number, taskId: string): AudioSpec {
  const seconds = clamp(text.length / CHARS_PER_SECOND / speed, 1, MAX_SPEECH_SECONDS);
  return audioOf(text, "calm soft spoken voice", taskId, seconds);
}

const unit: FieldRule = { type: "number", min: 0, max: 1 };
const contextText: FieldRule = { type: "string", max: 5000 };

function tts(id: string, creditsPer1000: number, languageCode: boolean): MarketModel {
  return {
    id,
    charge: (input) => Math.max(1, Math.ceil(str(input.text).length / 1000)) * creditsPer1000,
    fields: {
      text: { type: "string", required: true, max: 5000 },
      voice: { type: "string", required: true, max: 100 },
      stability: unit,
      similarity_boost: unit,
      style: unit,
      speed: { type: "number", min: 0.7, max: 1.2 },
      timestamps: { type: "boolean" },
      previous_text: contextText,
      next_text: contextText,
      language_code: { type: "string", max: 500 },
    },
    check: (input) => {
      if (!languageCode && str(input.language_code))
        throw invalid("language_code is only supported by Turbo v2.5 and Flash v2.5");
    },
    timing: { waiting: 1_000, generating: 4_000 },
    outputs: (input, taskId) => [
      speech(str(input.text), typeof input.speed === "number" ? input.speed : 1, taskId),
    ],
    markerText: (input) => str(input.text),
  };
}

function dialogueLines(input: MarketInput): { text: string; voice: string }[] {
  return Array.isArray(input.dialogue)
    ? input.dialogue.filter(isRecord).map((l) => ({ text: str(l.text), voice: str(l.voice) }))
    : [];
}

function checkDialogue(input: MarketInput): void {
  const { dialogue } = input;
  if (!Array.isArray(dialogue) || dialogue.length === 0) throw invalid("dialogue cannot be empty");
  dialogue.forEach((line, i) => {
    if (!isRecord(line)) throw invalid(`dialogue[${i}] must be an object`);
    if (typeof line.text !== "string" || line.text.trim() === "")
      throw invalid(`dialogue[${i}].text cannot be blank`);
    if (typeof line.voice !== "string" || line.voice.trim() === "")
      throw invalid(`dialogue[${i}].voice cannot be blank`);
  });
  const total = dialogueLines(input).reduce((n, l) => n + l.text.length, 0);
  if (total > 5000) throw invalid("The total text of dialogue cannot exceed 5000 characters");
  if (
    input.stability !== undefined &&
    input.stability !== null &&
    ![0, 0.5, 1].includes(input.stability as number)
  )
    throw invalid("stability must be one of: 0, 0.5, 1");
  const lang = input.language_code;
  if (
    lang !== undefined &&
    lang !== null &&
    lang !== "" &&
    !(typeof lang === "string" && /^[a-z]{2,3}$/.test(lang))
  )
    throw invalid("language_code is not a supported language");
}

/** Kie fetches the recording while creating the task: an unreachable URL fails the create itself (§5.1). */
function checkRecording(input: MarketInput): void {
  if (str(input.audio_url).includes("unreachable"))
    throw new InputError(500, "Server exception, please try again later");
}

const SFX_FORMATS = [
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
];
/** What ElevenLabs picks when `duration_seconds` is left out, give or take. */
const SFX_AUTO_SECONDS = 5;
const recording: Record<string, FieldRule> = { audio_url: { type: "string", required: true, max: 2048 } };

export const AUDIO_MODELS: Record<string, MarketModel> = {
  "elevenlabs/text-to-speech-multilingual-v2": tts("elevenlabs/text-to-speech-multilingual-v2", 12, false),
  "elevenlabs/text-to-speech-turbo-2-5": tts("elevenlabs/text-to-speech-turbo-2-5", 6, true),
  "elevenlabs/text-to-dialogue-v3": {
    id: "elevenlabs/text-to-dialogue-v3",
    charge: (input) =>
      Math.max(0.01, cents(dialogueLines(input).reduce((n, l) => n + l.text.length, 0) * 0.014)),
    fields: { language_code: { type: "string", max: 10 } },
    check: checkDialogue,
    timing: { waiting: 1_000, generating: 6_000 },
    outputs: (input, taskId) => [
      speech(
        dialogueLines(input)
          .map((l) => l.text)
          .join(" "),
        1,
        taskId,
      ),
    ],
    markerText: (input) =>
      dialogueLines(input)
        .map((l) => l.text)
        .join(" "),
  },
  "elevenlabs/sound-effect-v2": {
    id: "elevenlabs/sound-effect-v2",
    charge: (input) =>
      cents((typeof input.duration_seconds === "number" ? input.duration_seconds : SFX_AUTO_SECONDS) * 0.5),
    fields: {
      text: { type: "string", required: true, max: 5000 },
      loop: { type: "boolean" },
      duration_seconds: { type: "number", min: 0.5, max: 22 },
      prompt_influence: unit,
      output_format: { type: "enum", values: SFX_FORMATS },
    },
    timing: { waiting: 1_000, generating: 4_000 },
    outputs: (input, taskId) => {
      const seconds = typeof input.duration_seconds === "number" ? input.duration_seconds : SFX_AUTO_SECONDS;
      return [audioOf(str(input.text), "ambient sound effect", taskId, seconds)];
    },
    markerText: (input) => str(input.text),
  },
  "elevenlabs/speech-to-text": {
    id: "elevenlabs/speech-to-text",
    charge: () => 3,
    fields: {
      ...recording,
      language_code: { type: "string", max: 500 },
      tag_audio_events: { type: "boolean" },
      diarize: { type: "boolean" },
    },
    check: checkRecording,
    timing: { waiting: 1_000, generating: 5_000 },
    outputs: () => [],
    resultObject: (input) => scribeTranscript(input),
    markerText: (input) => str(input.audio_url),
  },
  "elevenlabs/audio-isolation": {
    id: "elevenlabs/audio-isolation",
    charge: () => 3,
    fields: recording,
    check: checkRecording,
    timing: { waiting: 1_000, generating: 5_000 },
    outputs: (input, taskId) => [audioOf(str(input.audio_url), "calm soft spoken voice", taskId, 12)],
    markerText: (input) => str(input.audio_url),
  },
};
