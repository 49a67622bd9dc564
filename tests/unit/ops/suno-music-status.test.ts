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
