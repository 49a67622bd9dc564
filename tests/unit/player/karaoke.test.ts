import { describe, expect, it } from "vitest";
import {
  type AlignedWord,
  karaokeLines,
  karaokePositionAt,
  readAlignedWords,
} from "@/components/player/karaoke";
import fixture from "@/tests/fixtures/kie/suno-timestamped-lyrics-response-docs.json";

const w = (word: string, startS: number, endS: number): AlignedWord => ({
  word,
  success: true,
  startS,
  endS,
  palign: 0,
});

const song = [
  w("[Verse]\nHello ", 1, 1.4),
  w("bright ", 1.5, 1.9),
  w("morning\n", 2, 2.6),
  w("Trains ", 3, 3.3),
  w("roll ", 3.4, 3.8),
  w("[Chorus]\nSing ", 8, 8.5),
];

describe("karaoke lines", () => {
  it("breaks lines at newlines, drops section tags and keeps word timing", () => {
    const lines = karaokeLines(song);
    expect(lines.map((l) => l.words.map((x) => x.text).join(" "))).toEqual([
      "Hello bright morning",
      "Trains roll",
      "Sing",
    ]);
    expect(lines[0]).toMatchObject({ startS: 1, endS: 2.6 });
    expect(lines[2].words[0]).toEqual({ text: "Sing", startS: 8, endS: 8.5 });
  });

  it("breaks on long pauses and overlong lines when the words carry no newlines", () => {
    const run = Array.from({ length: 10 }, (_, i) => w(`w${i}`, i * 0.5, i * 0.5 + 0.4));
    const lines = karaokeLines([...run, w("late", 20, 20.5)]);
    expect(lines.map((l) => l.words.length)).toEqual([8, 2, 1]);
  });

  it("sorts words by time and reads Kie's documented answer", () => {
    const lines = karaokeLines(readAlignedWords(fixture.data));
    expect(lines).toHaveLength(1);
    expect(lines[0].words[0]).toMatchObject({ text: "Waggin'", startS: 1.36 });
    expect(karaokeLines([w("b", 2, 2.2), w("a", 1, 1.2)])[0].words.map((x) => x.text)).toEqual(["a", "b"]);
  });
});

describe("karaoke position at time t", () => {
  const lines = karaokeLines(song);

  it("is nowhere before the first word", () => {
    expect(karaokePositionAt(lines, 0.5)).toEqual({ line: -1, word: -1, singing: false });
  });

  it("follows the word being sung", () => {
    expect(karaokePositionAt(lines, 1.2)).toEqual({ line: 0, word: 0, singing: true });
    expect(karaokePositionAt(lines, 2.1)).toEqual({ line: 0, word: 2, singing: true });
    expect(karaokePositionAt(lines, 3.5)).toEqual({ line: 1, word: 1, singing: true });
  });

  it("keeps the line through a pause, with its sung words still sung", () => {
    expect(karaokePositionAt(lines, 1.45)).toEqual({ line: 0, word: 0, singing: false });
    expect(karaokePositionAt(lines, 6)).toEqual({ line: 1, word: 1, singing: false });
  });

  it("moves on as time passes and stays on the last line at the end", () => {
    expect(karaokePositionAt(lines, 8.1).line).toBe(2);
    expect(karaokePositionAt(lines, 500)).toEqual({ line: 2, word: 0, singing: false });
    expect(karaokePositionAt([], 3)).toEqual({ line: -1, word: -1, singing: false });
  });
});

describe("reading stored aligned words", () => {
  it("skips words without text or times and defaults the rest", () => {
    expect(
      readAlignedWords({
        alignedWords: [
          { word: "ok", startS: "1.5", endS: 2 },
          { word: 3, startS: 1, endS: 2 },
          { word: "no-time" },
          { word: "x", startS: 4, endS: 5, success: false, palign: 0.4 },
        ],
      }),
    ).toEqual([
      { word: "ok", success: true, startS: 1.5, endS: 2, palign: 0 },
      { word: "x", success: false, startS: 4, endS: 5, palign: 0.4 },
    ]);
    expect(readAlignedWords(null)).toEqual([]);
    expect(readAlignedWords({ alignedWords: "nope" })).toEqual([]);
  });
});
