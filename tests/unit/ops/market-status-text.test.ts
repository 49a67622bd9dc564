import { describe, expect, it } from "vitest";
import { statusFamilies } from "@/lib/ops/status";
import { normalizeMarket } from "@/lib/ops/status/market";
import { fixture, fixtureNames } from "../../support/fixtures";

const ID = "9f1c2e3d4b5a69788796a5b4c3d2e1f0";

function record(data: Record<string, unknown>) {
  return { code: 200, msg: "success", data: { taskId: ID, model: "elevenlabs/speech-to-text", ...data } };
}

const word = (text: string, start: number, end: number, speaker_id: string | null, type = "word") => ({
  text,
  start,
  end,
  type,
  speaker_id,
});

const diarized = {
  language_code: "eng",
  language_probability: 0.98,
  text: "Hi there. Hello! (laughter) Bye.",
  words: [
    word("Hi", 0.1, 0.3, "speaker_0"),
    word(" ", 0.3, 0.32, "speaker_0", "spacing"),
    word("there.", 0.32, 0.7, "speaker_0"),
    word(" ", 0.7, 1.1, "speaker_1", "spacing"),
    word("Hello!", 1.1, 1.5, "speaker_1"),
    word(" ", 1.5, 1.6, "speaker_1", "spacing"),
    word("(laughter)", 1.6, 2.4, "speaker_1", "audio_event"),
    word(" ", 2.4, 2.8, "speaker_0", "spacing"),
    word("Bye.", 2.8, 3.25, "speaker_0"),
  ],
};

describe("Market family: text results (resultObject)", () => {
  it("turns a diarized transcript into speaker turns plus the timed words", () => {
    const s = normalizeMarket(
      record({ state: "success", resultJson: JSON.stringify({ resultObject: diarized }), costTime: 6 }),
      "text",
    );
    expect(s.state).toBe("succeeded");
    expect(s.outputs.map((o) => [o.key, o.kind, o.url, o.inline?.mime])).toEqual([
      ["transcript", "text", "", "text/plain"],
      ["transcript-json", "text", "", "application/json"],
    ]);
    expect(s.outputs[0].inline?.text).toBe(
      "Speaker 1: Hi there.\nSpeaker 2: Hello! (laughter)\nSpeaker 1: Bye.",
    );
    expect(s.outputs[0]).toMatchObject({
      durationSec: 3.25,
      meta: { languageCode: "eng", speakers: 2, words: 4 },
    });
    expect(JSON.parse(s.outputs[1].inline?.text ?? "")).toEqual(diarized);
  });

  it("keeps Kie's own text when speakers were not labelled", () => {
    const plain = { ...diarized, words: diarized.words.map((w) => ({ ...w, speaker_id: null })) };
    const s = normalizeMarket(
      record({ state: "success", resultJson: JSON.stringify({ resultObject: plain }) }),
      "text",
    );
    expect(s.outputs[0].inline?.text).toBe("Hi there. Hello! (laughter) Bye.");
    expect(s.outputs[0].meta).toEqual({ languageCode: "eng", words: 4 });
  });

  it("rebuilds the text from words when Kie sends words only, with or without spacing tokens", () => {
    const spaced = { words: diarized.words.map((w) => ({ ...w, speaker_id: null })) };
    const bare = { words: [word("one", 0, 1, null), word("two", 1, 2, null)] };
    const read = (o: unknown) =>
      normalizeMarket(record({ state: "success", resultJson: JSON.stringify({ resultObject: o }) }), "text")
        .outputs[0].inline?.text;
    expect(read(spaced)).toBe("Hi there. Hello! (laughter) Bye.");
    expect(read(bare)).toBe("one two");
  });

  it("reads the late-2026 shape: empty resultJson, object response, successFlag, creditsConsumed", () => {
    const s = normalizeMarket(
      record({
        state: "success",
        resultJson: "",
        response: { resultObject: diarized },
        successFlag: 1,
        creditsConsumed: 3,
      }),
      "text",
    );
    expect(s).toMatchObject({ state: "succeeded", credits: 3 });
    expect(s.outputs.map((o) => o.key)).toEqual(["transcript", "transcript-json"]);
  });

  it("reads records that carry only successFlag", () => {
    const done = normalizeMarket(
      record({ successFlag: 1, response: { resultObject: "Just text." } }),
      "text",
    );
    expect(done.state).toBe("succeeded");
    expect(done.outputs).toEqual([
      {
        key: "transcript",
        kind: "text",
        url: "",
        mime: "text/plain",
        inline: { mime: "text/plain", text: "Just text." },
      },
    ]);
    expect(normalizeMarket(record({ successFlag: 0 }), "text").state).toBe("running");
    expect(normalizeMarket(record({ successFlag: 2, failMsg: "Audio too long" }), "text")).toMatchObject({
      state: "failed",
      error: { message: "Audio too long" },
    });
  });

  it("keeps any other resultObject as inline JSON (docs: text-type outputs)", () => {
    const s = normalizeMarket(
      record({ state: "success", resultJson: JSON.stringify({ resultObject: { subject_status: 1 } }) }),
      "text",
    );
    expect(s.outputs).toHaveLength(1);
    expect(s.outputs[0]).toMatchObject({
      key: "result",
      kind: "text",
      url: "",
      inline: { mime: "application/json" },
    });
    expect(JSON.parse(s.outputs[0].inline?.text ?? "")).toEqual({ subject_status: 1 });
  });

  it("reads a callback whose resultJson carries the transcript", () => {
    const s = normalizeMarket(
      {
        code: 200,
        msg: "Playground task completed successfully.",
        data: {
          state: "success",
          consumeCredits: 3,
          costTime: 7,
          resultJson: JSON.stringify({ resultObject: diarized }),
        },
      },
      "text",
    );
    expect(s).toMatchObject({ state: "succeeded", credits: 3 });
    expect(s.outputs[0].inline?.text).toContain("Speaker 2: Hello!");
  });

  it("mirrors ElevenLabs speech as audio outputs of the operation's kind", () => {
    const url = "https://tempfile.aiquickdraw.com/elevenlabs/1760000000000-abc.mp3";
    const live = record({
      model: "elevenlabs/text-to-speech-turbo-2-5",
      state: "success",
      resultJson: JSON.stringify({ resultUrls: [url] }),
      costTime: 4,
      creditsConsumed: 6,
      successFlag: 1,
      response: { resultUrls: [url] },
    });
    const s = statusFamilies.market.normalize(live, { kind: "audio" });
    expect(s.outputs).toEqual([{ key: "audio-0", kind: "audio", url }]);
    expect(s.credits).toBe(6);
  });

  it("still ends a success with neither URLs nor an object as malformed", () => {
    const s = normalizeMarket(
      record({ state: "success", resultJson: JSON.stringify({ resultObject: null }) }),
      "text",
    );
    expect(s.error?.code).toBe("malformed");
  });

  it("normalizes every market doc fixture without throwing, for every output kind", () => {
    const names = fixtureNames(/^market-/);
    expect(names.length).toBeGreaterThanOrEqual(4);
    for (const name of names)
      for (const kind of ["image", "audio", "video", "text"] as const) {
        const s = normalizeMarket(fixture(name), kind);
        expect(["succeeded", "failed"], `${name} as ${kind}`).toContain(s.state);
        for (const o of s.outputs) expect(o.kind).toBe(kind);
      }
  });
});
