import { describe, expect, it } from "vitest";
import {
  isLyricsOperation,
  lyricsToGenerateValues,
  musicSectionOf,
  musicSections,
} from "@/components/tasks/music-ops";
import { getOperation, operationsIn } from "@/lib/ops/registry";

const op = (id: string, outputs: ("audio" | "text")[] = ["audio"], withSource = false) => ({
  id,
  outputs,
  source: withSource ? { kinds: ["audio" as const], action: "Go", prefill: () => ({}) } : undefined,
});

describe("musicSectionOf", () => {
  it("sorts Suno's tools by what they start from", () => {
    expect(musicSectionOf(op("music.generate"))).toBe("Create");
    expect(musicSectionOf(op("music.extend", ["audio"], true))).toBe("From a track");
    expect(musicSectionOf(op("music.stems", ["audio"], true))).toBe("From a track");
    expect(musicSectionOf(op("music.timestamped-lyrics", ["text"], true))).toBe("From a track");
    expect(musicSectionOf(op("music.lyrics", ["text"]))).toBe("Writing");
    expect(musicSectionOf(op("music.boost-style", ["text"]))).toBe("Writing");
    expect(musicSectionOf(op("music.sounds"))).toBe("Sounds");
  });

  it("puts Generate first and keeps every registered music operation in some section", () => {
    const sections = musicSections(operationsIn("music"));
    expect(sections[0]).toMatchObject({ section: "Create" });
    expect(sections[0]?.operations.map((o) => o.id)).toEqual(["music.generate"]);
    expect(sections.flatMap((s) => s.operations)).toHaveLength(operationsIn("music").length);
  });

  it("lists the registry's lyrics writer under Writing", () => {
    const lyrics = getOperation("music.lyrics");
    expect(lyrics && musicSectionOf(lyrics)).toBe("Writing");
  });
});

describe("lyrics hand-over", () => {
  it("opens the song form in custom mode singing the lyrics under their title", () => {
    expect(lyricsToGenerateValues({ text: "\n[Verse]\nNight trains\n", title: " Night Trains " })).toEqual({
      customMode: true,
      prompt: "[Verse]\nNight trains",
      title: "Night Trains",
    });
  });

  it("leaves the title alone when the variation has none", () => {
    expect(lyricsToGenerateValues({ text: "la la", title: null })).toEqual({
      customMode: true,
      prompt: "la la",
    });
  });

  it("only offers it for the lyrics writer, not timestamped lyrics", () => {
    expect(isLyricsOperation("music.lyrics")).toBe(true);
    expect(isLyricsOperation("music.timestamped-lyrics")).toBe(false);
  });

  it("produces values the generate operation accepts once a style is added", () => {
    const generate = getOperation("music.generate");
    const values = {
      ...lyricsToGenerateValues({ text: "[Verse]\nHello", title: "Hello" }),
      style: "pop",
      instrumental: false,
      model: "V5",
    };
    expect(generate?.input.safeParse(values).success).toBe(true);
  });
});
