import { describe, expect, it } from "vitest";
import { normalizeSunoMusic } from "@/lib/ops/status/suno-music";
import { fixture, fixtureNames } from "../../support/fixtures";

describe("Suno music family over the doc fixtures", () => {
  it("reads a finished record-info into two-or-more audio outputs", () => {
    const s = normalizeSunoMusic(fixture("suno-record-info-success-docs.json"));
    expect(s.state).toBe("succeeded");
    expect(s.outputs[0]).toMatchObject({
      key: "track-0",
      kind: "audio",
      url: "https://example.cn/****.mp3",
      durationSec: 198.44,
    });
    expect(s.outputs[0].posterUrl).toBe("https://example.cn/****.jpeg");
  });

  it("fails a GENERATE_AUDIO_FAILED record with Kie's message", () => {
    const s = normalizeSunoMusic(fixture("suno-record-info-failed-docs.json"));
    expect(s.state).toBe("failed");
    expect(s.error?.code).toBe("kie_501");
    expect(s.error?.message).toContain("生成失败");
  });

  it.each([
    ["suno-callback-generate-complete.json", "succeeded", 2],
    ["suno-callback-extend-complete.json", "succeeded", 2],
    ["suno-callback-upload-cover-complete.json", "succeeded", 2],
    ["suno-replace-section-callback-complete.json", "succeeded", 1],
    ["suno-callback-extend-first.json", "partial", 1],
    ["suno-callback-extend-text.json", "running", 0],
  ])("callback %s → %s with %i tracks", (name, state, count) => {
    const s = normalizeSunoMusic(fixture(name));
    expect(s.state).toBe(state);
    expect(s.outputs).toHaveLength(count);
    for (const o of s.outputs) expect(o.url).toMatch(/^https?:\/\//);
  });

  it.each([
    "suno-callback-generate-error.json",
    "suno-callback-extend-error.json",
    "suno-replace-section-callback-error.json",
  ])("error callback %s fails with a message", (name) => {
    const s = normalizeSunoMusic(fixture(name));
    expect(s.state).toBe("failed");
    expect(s.error?.message.length).toBeGreaterThan(5);
  });

  it("uses the detailed reason of a replace-section error", () => {
    expect(normalizeSunoMusic(fixture("suno-replace-section-callback-error.json")).error?.message).toContain(
      "technical issues",
    );
  });

  it("treats an unknown id (data: null) as not yet known, not as a failure", () => {
    expect(normalizeSunoMusic({ code: 200, msg: "success", data: null }).state).toBe("queued");
  });

  it("keeps polling on an unknown status and says so", () => {
    const s = normalizeSunoMusic({ code: 200, msg: "success", data: { status: "MYSTERY", response: null } });
    expect(s.state).toBe("running");
    expect(s.note).toContain("MYSTERY");
  });

  it("ends malformed payloads clearly instead of throwing", () => {
    for (const raw of [
      null,
      "garbage",
      42,
      { code: 200, data: { nothing: true } },
      { code: 200, data: { status: "SUCCESS", response: { sunoData: [] } } },
    ]) {
      const s = normalizeSunoMusic(raw);
      expect(s.state).toBe("failed");
      expect(s.error?.code).toBe("malformed");
    }
  });

  it("treats a CALLBACK_EXCEPTION with tracks as delivered", () => {
    const raw = {
      code: 200,
      data: { status: "CALLBACK_EXCEPTION", response: { sunoData: [{ audioUrl: "https://x.test/a.mp3" }] } },
    };
    expect(normalizeSunoMusic(raw).state).toBe("succeeded");
  });

  it("normalizes every suno music fixture without throwing", () => {
    for (const name of fixtureNames(/^suno-(callback|record-info|replace-section)/)) {
      expect(() => normalizeSunoMusic(fixture(name)), name).not.toThrow();
    }
  });
});

describe("Suno music family over the follow-up fixtures", () => {
  it("reads the extend callbacks stage by stage", () => {
    const text = normalizeSunoMusic(fixture("suno-callback-extend-text.json"));
    expect(text).toMatchObject({ state: "running", upstream: "TEXT_SUCCESS", outputs: [] });
    const first = normalizeSunoMusic(fixture("suno-callback-extend-first.json"));
    expect(first).toMatchObject({ state: "partial", upstream: "FIRST_SUCCESS" });
    expect(first.outputs[0]).toMatchObject({
      key: "track-0",
      title: "Iron Man",
      tags: "electrifying, rock",
      lyrics: "[Verse] Night city lights shining bright",
      providerId: "e231****-****-****-****-****8cadc7dc",
      meta: { modelName: "chirp-v3-5" },
    });
    const complete = normalizeSunoMusic(fixture("suno-callback-extend-complete.json"));
    expect(complete.state).toBe("succeeded");
    expect(complete.outputs.map((o) => [o.key, o.durationSec])).toEqual([
      ["track-0", 198.44],
      ["track-1", 228.28],
    ]);
    expect(complete.outputs[0].meta).not.toHaveProperty("sourceAudioUrl");
  });

  it("fails the extend error callback with Suno's reason", () => {
    const s = normalizeSunoMusic(fixture("suno-callback-extend-error.json"));
    expect(s).toMatchObject({ state: "failed", upstream: "501", outputs: [] });
    expect(s.error).toEqual({
      code: "kie_501",
      message: "Suno could not generate the audio",
      retryable: true,
    });
  });

  it("keeps upload-cover's source_* fields on each track", () => {
    const s = normalizeSunoMusic(fixture("suno-callback-upload-cover-complete.json"));
    expect(s.state).toBe("succeeded");
    expect(s.outputs).toHaveLength(2);
    for (const o of s.outputs)
      expect(o.meta).toMatchObject({
        sourceAudioUrl: "https://example.cn/****.mp3",
        sourceStreamAudioUrl: "https://example.cn/****",
        sourceImageUrl: "https://example.cn/****.jpeg",
      });
  });

  it("reads the camelCase source fields of a record-info track", () => {
    const s = normalizeSunoMusic({
      code: 200,
      data: {
        status: "SUCCESS",
        operationType: "upload_cover",
        response: {
          sunoData: [
            { id: "a1", audioUrl: "https://x.test/a.mp3", sourceAudioUrl: "https://x.test/src.mp3" },
          ],
        },
      },
    });
    expect(s.outputs[0].meta).toEqual({ sourceAudioUrl: "https://x.test/src.mp3" });
  });

  it("reads replace-section's single track and its data.error failure", () => {
    const ok = normalizeSunoMusic(fixture("suno-replace-section-callback-complete.json"));
    expect(ok.state).toBe("succeeded");
    expect(ok.outputs[0]).toMatchObject({ title: "Relaxing Piano", tags: "Jazz", durationSec: 198.44 });
    const failed = normalizeSunoMusic(fixture("suno-replace-section-callback-error.json"));
    expect(failed).toMatchObject({ state: "failed", upstream: "501" });
    expect(failed.error?.message).toBe(
      "Suno could not generate the audio: Generation failed due to technical issues",
    );
  });

  it("reads data.error even when an error callback arrives with code 200", () => {
    const s = normalizeSunoMusic({
      code: 200,
      msg: "",
      data: { callbackType: "error", task_id: "t", error: "The section is too long" },
    });
    expect(s.state).toBe("failed");
    expect(s.error?.message).toContain("The section is too long");
  });

  it.each([
    [400, "Suno refused the lyrics or prompt (copyright or moderation)", false],
    [408, "Suno timed out", true],
    [413, "The uploaded audio matches an existing work", false],
    [451, "Kie could not fetch the audio it was given", false],
    [500, "Kie had a server error", true],
    [501, "Suno could not generate the audio", true],
    [531, "Generation failed; Kie refunded the credits", true],
  ])("explains callback code %i", (code, text, retryable) => {
    const generic = normalizeSunoMusic({
      code,
      msg: "Audio generation failed",
      data: { callbackType: "error", task_id: "t", data: null },
    });
    expect(generic.error).toEqual({ code: `kie_${code}`, message: text, retryable });
    const detailed = normalizeSunoMusic({
      code,
      msg: "Detail from Kie",
      data: { callbackType: "error", task_id: "t", data: null },
    });
    expect(detailed.error?.message).toBe(`${text}: Detail from Kie`);
  });

  it("does not fail a CALLBACK_EXCEPTION record: it re-reads until tracks appear", () => {
    const waiting = normalizeSunoMusic({
      code: 200,
      data: {
        status: "CALLBACK_EXCEPTION",
        errorCode: 500,
        errorMessage: "callback failed",
        response: { sunoData: [] },
      },
    });
    expect(waiting.state).toBe("running");
    expect(waiting.error).toBeUndefined();
    expect(waiting.note).toContain("re-reading");
  });

  it("explains a failed status without a message of its own", () => {
    const s = normalizeSunoMusic({ code: 200, data: { status: "SENSITIVE_WORD_ERROR", errorCode: 400 } });
    expect(s.error?.message).toBe(
      "Suno refused the lyrics or prompt (copyright or moderation): Suno refused words in the prompt or lyrics",
    );
  });
});
