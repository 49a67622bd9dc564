import { describe, expect, it } from "vitest";
import { parseTextContent, speakerLabel, timedLines } from "@/components/media/text-content";

describe("parseTextContent", () => {
  it("reads plain text as it is", () => {
    expect(parseTextContent("[Verse]\nHello", "text/plain")).toEqual({
      type: "plain",
      text: "[Verse]\nHello",
    });
  });

  it("turns a diarized ElevenLabs transcript into speaker turns", () => {
    const raw = JSON.stringify({
      language_code: "en",
      text: "Hi there. Hello!",
      words: [
        { text: "Hi", type: "word", start: 0, speaker_id: "speaker_0" },
        { text: " ", type: "spacing", start: 0.2, speaker_id: "speaker_0" },
        { text: "there.", type: "word", start: 0.3, speaker_id: "speaker_0" },
        { text: "(laughs)", type: "audio_event", start: 0.8, speaker_id: "speaker_1" },
        { text: " ", type: "spacing", start: 1, speaker_id: "speaker_1" },
        { text: "Hello!", type: "word", start: 1.1, speaker_id: "speaker_1" },
      ],
    });
    expect(parseTextContent(raw, "application/json")).toEqual({
      type: "transcript",
      text: "Hi there. Hello!",
      language: "en",
      turns: [
        { speaker: "Speaker 1", text: "Hi there.", startS: 0 },
        { speaker: "Speaker 2", text: "(laughs) Hello!", startS: 0.8 },
      ],
    });
  });

  it("keeps an undiarized transcript as one unlabelled turn", () => {
    const raw = JSON.stringify({
      text: "Hello there",
      words: [
        { text: "Hello", type: "word", start: 0.2, speaker_id: null },
        { text: " ", type: "spacing", start: 0.5, speaker_id: null },
        { text: "there", type: "word", start: 0.6, speaker_id: null },
      ],
    });
    expect(parseTextContent(raw, "application/json")).toMatchObject({
      turns: [{ speaker: "", text: "Hello there", startS: 0.2 }],
    });
  });

  it("unwraps Market's resultObject and reads segment-style transcripts", () => {
    const raw = JSON.stringify({
      resultObject: { segments: [{ speaker: "Ana", text: " Hola ", start: 2 }] },
    });
    expect(parseTextContent(raw, "application/json")).toMatchObject({
      type: "transcript",
      turns: [{ speaker: "Ana", text: "Hola", startS: 2 }],
    });
  });

  it("reads Suno timestamped lyrics as timed words", () => {
    const raw = JSON.stringify({
      alignedWords: [
        { word: "Hold", startS: 1.5, endS: 2 },
        { word: "on", startS: "2.1" },
      ],
    });
    expect(parseTextContent(raw, "application/json")).toEqual({
      type: "timed-words",
      words: [
        { word: "Hold", startS: 1.5 },
        { word: "on", startS: 2.1 },
      ],
    });
  });

  it("shows a small flat record as fields and anything else as formatted JSON", () => {
    expect(parseTextContent('{"personaId":"p1","name":"Nova"}', "application/json")).toEqual({
      type: "fields",
      fields: [
        { name: "personaId", value: "p1" },
        { name: "name", value: "Nova" },
      ],
    });
    expect(parseTextContent("[1,2]", "application/json")).toEqual({ type: "json", text: "[\n  1,\n  2\n]" });
  });

  it("falls back to plain text when JSON is malformed", () => {
    expect(parseTextContent("{not json", "application/json")).toEqual({ type: "plain", text: "{not json" });
  });
});

describe("helpers", () => {
  it("numbers anonymous speakers from one", () => {
    expect(speakerLabel("speaker_0")).toBe("Speaker 1");
    expect(speakerLabel("Rachel")).toBe("Rachel");
  });

  it("breaks timed words into lines at pauses", () => {
    expect(
      timedLines([
        { word: "Hold", startS: 0 },
        { word: "on", startS: 0.4 },
        { word: "Let", startS: 3 },
        { word: "go", startS: 3.3 },
      ]),
    ).toEqual([
      { startS: 0, text: "Hold on" },
      { startS: 3, text: "Let go" },
    ]);
  });
});
