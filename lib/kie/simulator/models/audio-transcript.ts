import { createRng, seedFrom } from "../media/random";
import type { MarketInput } from "../models";

/**
 * A deterministic ElevenLabs Scribe result for `elevenlabs/speech-to-text`: the same recording
 * always reads the same. Shape as ElevenLabs answers it (`text`, `language_code`,
 * `language_probability`, `words[]` with `spacing` and `audio_event` tokens and per-word timings),
 * wrapped by the simulator in `resultJson.resultObject`.
 */
export type ScribeWord = {
  text: string;
  start: number;
  end: number;
  type: "word" | "spacing" | "audio_event";
  speaker_id: string | null;
};

const SENTENCES = [
  "Thanks for joining us today.",
  "It's really good to be here.",
  "Let's start with how the whole project began.",
  "Honestly, it started as a weekend experiment.",
  "Now thousands of people use it every single day.",
  "What surprised you most along the way?",
  "How much the small details matter to people.",
  "We rewrote the audio engine three times.",
  "Would you do anything differently next time?",
  "I would ship the first version much sooner.",
];

const WORD_SECONDS = 0.32;
const PAUSE_SECONDS = 0.45;
const round = (n: number) => Math.round(n * 1000) / 1000;

export function scribeTranscript(input: MarketInput): Record<string, unknown> {
  const url = typeof input.audio_url === "string" ? input.audio_url : "";
  const rng = createRng(seedFrom("scribe", url));
  const diarize = input.diarize === true;
  const events = input.tag_audio_events !== false;
  const start = rng.int(0, SENTENCES.length - 1);
  const count = rng.int(4, 6);
  const laughAfter = rng.int(1, count - 2);

  const words: ScribeWord[] = [];
  let t = round(rng.range(0.1, 0.6));
  const push = (text: string, type: ScribeWord["type"], seconds: number, speaker: string | null) => {
    words.push({ text, start: t, end: round(t + seconds), type, speaker_id: speaker });
    t = round(t + seconds);
  };
  for (let i = 0; i < count; i++) {
    // Two people taking turns when diarizing; Scribe only labels speakers when asked to.
    const speaker = diarize ? `speaker_${i % 2}` : null;
    if (i > 0) push(" ", "spacing", PAUSE_SECONDS, speaker);
    const tokens = SENTENCES[(start + i) % SENTENCES.length].split(" ");
    tokens.forEach((token, j) => {
      if (j > 0) push(" ", "spacing", 0.04, speaker);
      push(token, "word", WORD_SECONDS + token.length * 0.02, speaker);
    });
    if (events && i === laughAfter) {
      push(" ", "spacing", 0.1, speaker);
      push("(laughter)", "audio_event", 0.9, speaker);
    }
  }
  const language =
    typeof input.language_code === "string" && input.language_code ? input.language_code : "eng";
  return {
    language_code: language,
    language_probability: round(0.9 + rng.next() * 0.09),
    text: words.map((w) => w.text).join(""),
    words,
  };
}
