import { describe, expect, it } from "vitest";
import { describeFields } from "@/components/forms/field-spec";
import { audioIsolation } from "@/lib/ops/audio/audio-isolation";
import { dialogueLines, dialogueV3 } from "@/lib/ops/audio/dialogue";
import { soundEffectV2 } from "@/lib/ops/audio/sound-effect";
import { speechToText } from "@/lib/ops/audio/speech-to-text";
import { ttsMultilingualV2, ttsTurbo25 } from "@/lib/ops/audio/tts";
import { getOperation, operationsIn } from "@/lib/ops/registry";
import type { AnyOperation, SourceRef } from "@/lib/ops/types";

/** The typed ops, seen as the registry sees them. */
const any = (op: unknown) => op as AnyOperation;

const messages = (op: unknown, input: unknown) =>
  any(op)
    .input.safeParse(input)
    .error?.issues.map((i) => i.message) ?? [];

const bodyOf = (op: unknown, input: unknown) =>
  any(op).request.toBody(any(op).input.parse(input), {}) as { model: string; input: Record<string, unknown> };

describe("ElevenLabs audio operations", () => {
  it("registers every §5.5 audio model under audio.elevenlabs.<slug>", () => {
    const ids = operationsIn("audio").map((op) => [op.id, op.request.model]);
    expect(ids).toEqual(
      expect.arrayContaining([
        ["audio.elevenlabs.text-to-speech-multilingual-v2", "elevenlabs/text-to-speech-multilingual-v2"],
        ["audio.elevenlabs.text-to-speech-turbo-2-5", "elevenlabs/text-to-speech-turbo-2-5"],
        ["audio.elevenlabs.text-to-dialogue-v3", "elevenlabs/text-to-dialogue-v3"],
        ["audio.elevenlabs.sound-effect-v2", "elevenlabs/sound-effect-v2"],
        ["audio.elevenlabs.speech-to-text", "elevenlabs/speech-to-text"],
        ["audio.elevenlabs.audio-isolation", "elevenlabs/audio-isolation"],
      ]),
    );
    expect(getOperation("audio.elevenlabs.speech-to-text")?.outputs).toEqual(["text"]);
    expect(getOperation("audio.elevenlabs.audio-isolation")?.outputs).toEqual(["audio"]);
  });

  describe("text to speech", () => {
    it("sends Kie's defaults and a premade voice", () => {
      expect(bodyOf(ttsMultilingualV2, { text: "Hello there" })).toEqual({
        model: "elevenlabs/text-to-speech-multilingual-v2",
        input: {
          text: "Hello there",
          voice: "Rachel",
          stability: 0.5,
          similarity_boost: 0.75,
          style: 0,
          speed: 1,
        },
      });
    });
    it("accepts library voice ids and refuses unknown voices", () => {
      expect(ttsTurbo25.input.safeParse({ text: "x", voice: "EkK5I93UQWFDigLMpZcX" }).success).toBe(true);
      expect(messages(ttsTurbo25, { text: "x", voice: "Nobody" })).toEqual(["Pick one of the listed voices"]);
    });
    it("enforces the 5000-character text and the 0.7–1.2 speed range", () => {
      expect(messages(ttsMultilingualV2, { text: "a".repeat(5001) })).toEqual([
        "The text can be at most 5000 characters",
      ]);
      expect(messages(ttsMultilingualV2, { text: "x", speed: 1.3 })).toEqual([
        "Speed must be between 0.7 and 1.2",
      ]);
      expect(messages(ttsMultilingualV2, { text: "x", stability: -0.1 })).toEqual([
        "Stability must be between 0 and 1",
      ]);
    });
    it("offers a language only on Turbo 2.5 (Kie rejects it on Multilingual v2)", () => {
      expect(Object.keys(ttsTurbo25.input.shape)).toContain("language_code");
      expect(Object.keys(ttsMultilingualV2.input.shape)).not.toContain("language_code");
      expect(bodyOf(ttsTurbo25, { text: "x", language_code: "DE" }).input.language_code).toBe("de");
      expect(messages(ttsTurbo25, { text: "x", language_code: "german" })).toEqual([
        "Use a two-letter language code such as en, de or ja",
      ]);
    });
    it("prices per started 1,000 characters: 12 on Multilingual v2, 6 on Turbo", () => {
      const cost = (op: unknown, n: number) => any(op).cost(any(op).input.parse({ text: "a".repeat(n) }));
      expect(cost(ttsMultilingualV2, 10)).toBe(12);
      expect(cost(ttsMultilingualV2, 1001)).toBe(24);
      expect(cost(ttsTurbo25, 5000)).toBe(30);
    });
    it("draws the voice as a select of Kie's voices", () => {
      const voice = describeFields(any(ttsMultilingualV2)).find((f) => f.name === "voice");
      expect(voice?.widget).toBe("select");
      expect(voice?.defaultValue).toBe("Rachel");
      expect(voice?.options.find((o) => o.value === "EkK5I93UQWFDigLMpZcX")?.label).toBe(
        "James · Husky, engaging and bold",
      );
    });
  });

  describe("dialogue", () => {
    it("turns a script into Kie's [{text, voice}] lines", () => {
      const body = bodyOf(dialogueV3, { dialogue: "Rachel: Hi!\n\n  Brian : [laughs] Hello: again " });
      expect(body.input).toEqual({
        dialogue: [
          { text: "Hi!", voice: "Rachel" },
          { text: "[laughs] Hello: again", voice: "Brian" },
        ],
        stability: 0.5,
      });
    });
    it("accepts Kie's own array and keeps it as an editable script", () => {
      const parsed = dialogueV3.input.parse({
        dialogue: [
          { text: "line\none", voice: "EkK5I93UQWFDigLMpZcX" },
          { text: "two", voice: "Adam" },
        ],
        stability: 1,
      });
      expect(parsed.dialogue).toBe("EkK5I93UQWFDigLMpZcX: line one\nAdam: two");
      expect(dialogueLines(parsed.dialogue)).toHaveLength(2);
      // What is stored parses again to the same thing (run again, retries).
      expect(dialogueV3.input.parse(parsed)).toEqual(parsed);
    });
    it("explains malformed lines, empty scripts and the 5000-character budget", () => {
      expect(messages(dialogueV3, { dialogue: "Rachel: hi\njust words" })).toEqual([
        'Line 2 must start with a voice name or id and a colon, like "Rachel: Hello!"',
      ]);
      expect(messages(dialogueV3, { dialogue: "Rachel:" })).toEqual([
        "Line 1 has a voice but nothing to say",
      ]);
      expect(messages(dialogueV3, { dialogue: "  " })).toEqual([
        'Write at least one line, like "Rachel: Hello!"',
      ]);
      const long = `A1: ${"a".repeat(2500)}\nB1: ${"b".repeat(2501)}`;
      expect(messages(dialogueV3, { dialogue: long })).toEqual([
        "The dialogue can be at most 5000 characters of speech (now 5001)",
      ]);
    });
    it("takes stability 0, 0.5 or 1 only, and documented languages", () => {
      expect(messages(dialogueV3, { dialogue: "A1: x", stability: 0.7 })).toEqual([
        "Stability must be 0, 0.5 or 1",
      ]);
      expect(messages(dialogueV3, { dialogue: "A1: x", language_code: "xx" })).toEqual([
        "Pick one of the listed languages",
      ]);
      expect(bodyOf(dialogueV3, { dialogue: "A1: x", language_code: "ceb" }).input.language_code).toBe("ceb");
    });
    it("prices 14 credits per 1,000 characters of speech, linearly", () => {
      const cost = dialogueV3.cost(dialogueV3.input.parse({ dialogue: `Rachel: ${"a".repeat(67)}` }));
      expect(cost).toBe(0.94);
    });
  });

  describe("sound effects", () => {
    it("sends Kie's defaults and leaves the length to the model when empty", () => {
      expect(bodyOf(soundEffectV2, { text: "door slam" }).input).toEqual({
        text: "door slam",
        loop: false,
        prompt_influence: 0.3,
        output_format: "mp3_44100_128",
      });
    });
    it("bounds the length to 0.5–22 s and the format to ElevenLabs' codes", () => {
      expect(messages(soundEffectV2, { text: "x", duration_seconds: 0.4 })).toEqual([
        "The length must be between 0.5 and 22 seconds",
      ]);
      expect(messages(soundEffectV2, { text: "x", output_format: "wav" })).toEqual([
        "Pick one of the listed formats",
      ]);
      expect(soundEffectV2.input.safeParse({ text: "x", output_format: "opus_48000_192" }).success).toBe(
        true,
      );
    });
    it("holds credits for the requested length, or the 22 s maximum", () => {
      expect(soundEffectV2.cost(soundEffectV2.input.parse({ text: "x", duration_seconds: 8 }))).toBe(4);
      expect(soundEffectV2.cost(soundEffectV2.input.parse({ text: "x" }))).toBe(11);
    });
  });

  describe("speech to text and voice isolation", () => {
    const song: SourceRef = {
      assetId: "clx0000000000000000000001",
      kind: "audio",
      operationId: "music.generate",
      kieTaskId: "a".repeat(32),
      outputIndex: 0,
      ref: "studio://asset/clx0000000000000000000001",
      taskInput: {},
    };
    it("start from any audio result, pre-filling the recording", () => {
      for (const [op, action] of [
        [speechToText, "Transcribe"],
        [audioIsolation, "Isolate voice"],
      ] as const) {
        expect(op.source).toMatchObject({ kinds: ["audio"], action });
        expect(op.source?.fromOperations).toBeUndefined();
        const prefilled = op.source?.prefill(song);
        expect(prefilled).toEqual({ audio_url: song.ref });
        expect(op.input.safeParse({ ...op.example, ...prefilled }).success).toBe(true);
      }
    });
    it("take the recording as an audio media field", () => {
      const field = describeFields(any(speechToText)).find((f) => f.name === "audio_url");
      expect(field?.widget).toBe("media-url");
      expect(messages(audioIsolation, { audio_url: "not a url" })).toEqual([
        "Recording must be a valid URL or one of your results",
      ]);
    });
    it("send tag_audio_events and diarize explicitly, and cost 3 credits flat", () => {
      expect(bodyOf(speechToText, { audio_url: "https://a.test/x.mp3" }).input).toEqual({
        audio_url: "https://a.test/x.mp3",
        tag_audio_events: true,
        diarize: false,
      });
      expect(speechToText.cost(speechToText.input.parse(speechToText.example))).toBe(3);
      expect(audioIsolation.cost(audioIsolation.input.parse(audioIsolation.example))).toBe(3);
    });
  });
});
