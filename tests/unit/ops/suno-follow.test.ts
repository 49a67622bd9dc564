import { describe, expect, it } from "vitest";
import { followUpsFor, prefillFrom } from "@/lib/ops/follow-ups";
import { getOperation } from "@/lib/ops/registry";
import type { AnyOperation, SourceRef } from "@/lib/ops/types";

const op = (id: string) => getOperation(id) as AnyOperation;
const CB = { callBackUrl: "https://studio.test/cb" };

const track: SourceRef = {
  assetId: "asset12345678",
  kind: "audio",
  operationId: "music.generate",
  kieTaskId: "5c79a1b2c3d4e5f60718293a4b5cbe8e",
  providerId: "e231b2c4-5d6f-4a8b-9c0d-1e2f8cadc7dc",
  outputIndex: 0,
  ref: "studio://asset/asset12345678",
  durationSec: 36.4,
  title: "Neon Harbour",
  meta: { lyrics: "[Verse]\nNeon rain", tags: "dream pop" },
  taskInput: { customMode: true, instrumental: false, model: "V4_5", prompt: "[Verse]\nNeon rain" },
};

const issues = (id: string, input: unknown) => {
  const r = op(id).input.safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("Suno follow-ups lead on from a track", () => {
  it("offers every track follow-up on a Suno track, and only the upload ones on other audio", () => {
    const onTrack = followUpsFor(track).map((o) => o.id);
    expect(onTrack).toEqual(
      expect.arrayContaining([
        "music.extend",
        "music.upload-cover",
        "music.upload-extend",
        "music.add-instrumental",
        "music.add-vocals",
        "music.replace-section",
        "music.mashup",
      ]),
    );
    const onSpeech = followUpsFor({ kind: "audio", operationId: "audio.tts" }).map((o) => o.id);
    expect(onSpeech).toContain("music.upload-cover");
    expect(onSpeech).not.toContain("music.extend");
    expect(onSpeech).not.toContain("music.replace-section");
    expect(followUpsFor({ kind: "image", operationId: "image.gpt4o" }).map((o) => o.id)).not.toContain(
      "music.extend",
    );
  });

  it("extend keeps the source's audioId and model and inherits its settings", () => {
    const input = prefillFrom(op("music.extend"), track);
    expect(input).toMatchObject({ audioId: track.providerId, model: "V4_5", defaultParamFlag: false });
    const parsed = op("music.extend").input.parse(input);
    expect(op("music.extend").request.toBody(parsed, CB)).toEqual({
      defaultParamFlag: false,
      audioId: track.providerId,
      model: "V4_5",
      callBackUrl: CB.callBackUrl,
    });
  });

  it("replace-section pre-fills task, track, lyrics, title and a window Kie accepts", () => {
    const duration = track.durationSec!;
    expect(prefillFrom(op("music.replace-section"), track)).toEqual({
      taskId: track.kieTaskId,
      audioId: track.providerId,
      fullLyrics: "[Verse]\nNeon rain",
      title: "Neon Harbour",
      tags: "dream pop",
      infillStartS: Math.floor(duration * 0.25),
      infillEndS: Math.floor(duration * 0.25) + Math.min(60, Math.max(6, Math.floor(duration * 0.3))),
    });
    const window = prefillFrom(op("music.replace-section"), track) as {
      infillStartS: number;
      infillEndS: number;
    };
    expect(window.infillEndS - window.infillStartS).toBeLessThanOrEqual(duration / 2);
    expect(prefillFrom(op("music.replace-section"), { ...track, durationSec: 10 })).not.toHaveProperty(
      "infillStartS",
    );
    expect(prefillFrom(op("music.replace-section"), { ...track, meta: {} }).fullLyrics).toBe(
      "[Verse]\nNeon rain",
    );
    const simple = { ...track, meta: {}, taskInput: { customMode: false, prompt: "a song about rain" } };
    expect(prefillFrom(op("music.replace-section"), simple).fullLyrics).toBeUndefined();
  });

  it("upload-based follow-ups take the result by reference", () => {
    for (const id of [
      "music.upload-cover",
      "music.upload-extend",
      "music.add-instrumental",
      "music.add-vocals",
    ])
      expect(prefillFrom(op(id), track).uploadUrl, id).toBe(track.ref);
    expect(prefillFrom(op("music.mashup"), track)).toEqual({ uploadUrlList: [track.ref] });
  });

  it("marks the task-id field as a kie-task reference and labels audioId as the track", () => {
    const shape = op("music.replace-section").input.shape as Record<string, { meta: () => unknown }>;
    expect(shape.taskId.meta()).toMatchObject({ ref: "kie-task" });
    expect(shape.audioId.meta()).toMatchObject({ label: "Track" });
  });
});

describe("Suno follow-up inputs behave like Kie", () => {
  it("extend with custom settings needs continueAt, lyrics, style and title", () => {
    expect(Object.keys(issues("music.extend", { audioId: "a", defaultParamFlag: true }))).toEqual(
      expect.arrayContaining(["continueAt", "prompt", "style", "title"]),
    );
    expect(issues("music.extend", { audioId: "a" })).toEqual({});
  });

  it("applies per-model limits with field paths", () => {
    const v4 = issues("music.extend", {
      audioId: "a",
      defaultParamFlag: true,
      model: "V4",
      continueAt: 5,
      prompt: "x".repeat(3001),
      style: "s".repeat(201),
      title: "t".repeat(81),
    });
    expect(v4.prompt).toBe("V4 accepts at most 3000 characters of lyrics");
    expect(v4.style).toBe("V4 accepts at most 200 characters of style");
    expect(v4.title).toBe("V4 accepts at most 80 characters of title");
    const v5 = issues("music.extend", {
      audioId: "a",
      defaultParamFlag: true,
      model: "V5",
      continueAt: 5,
      prompt: "x".repeat(3001),
      style: "s".repeat(201),
      title: "t".repeat(81),
    });
    expect(v5).toEqual({});
  });

  it("upload-cover: simple mode needs a short description, custom instrumental needs no lyrics", () => {
    const base = { uploadUrl: "https://x.test/a.mp3" };
    expect(issues("music.upload-cover", { ...base, prompt: "x".repeat(501) }).prompt).toContain("500");
    expect(
      issues("music.upload-cover", { ...base, customMode: true, instrumental: true, style: "s", title: "t" }),
    ).toEqual({});
    expect(issues("music.upload-cover", { ...base, customMode: true, style: "s", title: "t" }).prompt).toBe(
      "Custom mode with vocals needs lyrics",
    );
    expect(
      issues("music.upload-cover", {
        ...base,
        customMode: true,
        instrumental: true,
        style: "s",
        title: "t",
        model: "V4_5",
        personaModel: "voice_persona",
      }).personaModel,
    ).toBe("Voice personas need model V5 or V5.5");
    expect(issues("music.upload-cover", { uploadUrl: "ftp://x", prompt: "p" }).uploadUrl).toContain(
      "valid URL",
    );
  });

  it("upload-extend: same-as-the-song needs a description; custom needs continueAt", () => {
    const base = { uploadUrl: "https://x.test/a.mp3" };
    expect(issues("music.upload-extend", base).prompt).toBeDefined();
    expect(
      issues("music.upload-extend", {
        ...base,
        defaultParamFlag: true,
        instrumental: true,
        style: "s",
        title: "t",
      }),
    ).toEqual({
      continueAt: "Custom settings need the second to continue at",
    });
  });

  it("add-instrumental requires negativeTags and allows only its three models", () => {
    const base = { uploadUrl: "https://x.test/a.mp3", title: "t", tags: "strings" };
    expect(issues("music.add-instrumental", base).negativeTags).toBe("Name at least one style to avoid");
    expect(issues("music.add-instrumental", { ...base, negativeTags: "x", model: "V4" }).model).toBeDefined();
    expect(op("music.add-instrumental").input.parse({ ...base, negativeTags: "x" }).model).toBe("V4_5PLUS");
  });

  it("replace-section keeps the window 6–60 s with two decimals", () => {
    const base = {
      taskId: "t",
      audioId: "a",
      prompt: "p",
      fullLyrics: "l",
      tags: "g",
      title: "t",
    };
    expect(issues("music.replace-section", { ...base, infillStartS: 10, infillEndS: 15 }).infillEndS).toBe(
      "The section must be 6–60 s long (it is 5 s)",
    );
    expect(issues("music.replace-section", { ...base, infillStartS: 10, infillEndS: 9 }).infillEndS).toBe(
      "The section must end after it starts",
    );
    expect(
      issues("music.replace-section", { ...base, infillStartS: 1.234, infillEndS: 9 }).infillStartS,
    ).toBe("Section start takes at most two decimals");
    expect(issues("music.replace-section", { ...base, infillStartS: 1.25, infillEndS: 61.25 })).toEqual({});
    expect(
      issues("music.replace-section", { ...base, fullLyrics: "", infillStartS: 0, infillEndS: 10 })
        .fullLyrics,
    ).toBeDefined();
  });

  it("replace-section checks the window against the source track", () => {
    const check = op("music.replace-section").checkAgainstSource!;
    const input = (start: number, end: number) =>
      op("music.replace-section").input.parse({
        taskId: "t",
        audioId: "a",
        prompt: "p",
        fullLyrics: "l",
        tags: "g",
        title: "t",
        infillStartS: start,
        infillEndS: end,
      });
    expect(check(input(0, 18), track)).toBeUndefined();
    expect(check(input(0, 20), track)).toEqual({
      path: "infillEndS",
      message: "The section can be at most 50 % of the track (18.2 s of 36.4 s)",
    });
    expect(check(input(30, 40), track)?.message).toBe("The section must end within the track (36.4 s)");
  });

  it("extend checks its model and continueAt against the source track", () => {
    const extend = op("music.extend");
    const parsed = (patch: Record<string, unknown>) => extend.input.parse({ audioId: "a", ...patch });
    expect(extend.checkAgainstSource!(parsed({ model: "V5" }), track)).toEqual({
      path: "model",
      message: "Extend must use the track's model (V4_5)",
    });
    expect(
      extend.checkAgainstSource!(
        parsed({
          model: "V4_5",
          defaultParamFlag: true,
          continueAt: 40,
          prompt: "p",
          style: "s",
          title: "t",
        }),
        track,
      )?.path,
    ).toBe("continueAt");
    expect(extend.checkAgainstSource!(parsed({ model: "V4_5" }), track)).toBeUndefined();
  });

  it("mashup takes exactly two songs", () => {
    const one = issues("music.mashup", { uploadUrlList: ["https://x.test/a.mp3"], prompt: "p" });
    expect(one.uploadUrlList).toBe("Add at least 2 audios");
    const three = issues("music.mashup", {
      uploadUrlList: ["https://x.test/a.mp3", "https://x.test/b.mp3", "https://x.test/c.mp3"],
      prompt: "p",
    });
    expect(three.uploadUrlList).toBe("At most 2 audios");
  });

  it("sounds: tempo 1–300, Kie's key list, only V5 models", () => {
    expect(issues("music.sounds", { prompt: "rain", soundTempo: 0 }).soundTempo).toBe(
      "The tempo must be 1–300 BPM",
    );
    expect(issues("music.sounds", { prompt: "rain", soundKey: "H" }).soundKey).toBeDefined();
    expect(issues("music.sounds", { prompt: "rain", model: "V4" }).model).toBeDefined();
    const body = op("music.sounds").request.toBody(
      op("music.sounds").input.parse({ prompt: "rain", soundKey: "C#m" }),
      CB,
    );
    expect(body).toEqual({
      prompt: "rain",
      model: "V5",
      soundLoop: false,
      soundKey: "C#m",
      grabLyrics: false,
      callBackUrl: CB.callBackUrl,
    });
  });

  it("every follow-up requires Kie's callback and polls generate/record-info", () => {
    for (const id of [
      "music.extend",
      "music.upload-cover",
      "music.upload-extend",
      "music.add-instrumental",
      "music.add-vocals",
      "music.replace-section",
      "music.mashup",
      "music.sounds",
    ]) {
      expect(op(id), id).toMatchObject({ callback: "required", status: "suno-music", mode: "async" });
    }
  });

  it("costs follow REFERENCE §13", () => {
    const cost = (id: string) => op(id).cost(op(id).input.parse(op(id).example));
    expect(cost("music.extend")).toBe(12);
    expect(cost("music.replace-section")).toBe(8);
    expect(cost("music.mashup")).toBe(8);
    expect(cost("music.sounds")).toBe(5);
  });
});
