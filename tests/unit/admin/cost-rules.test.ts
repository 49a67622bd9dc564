import { describe, expect, it } from "vitest";
import { getOperation, operations } from "@/lib/ops/registry";

/** The registry's estimate (the budget hold) for `input` merged over the operation's example. */
function cost(id: string, input: Record<string, unknown> = {}): number {
  const op = getOperation(id);
  if (!op) throw new Error(`no operation ${id}`);
  return op.cost(op.input.parse({ ...(op.example as object), ...input }));
}

const chars = (n: number) => "a".repeat(n);

describe("cost rules follow REFERENCE §13 for every family", () => {
  it("every operation's estimate is a finite, non-negative number", () => {
    for (const op of operations) {
      const c = op.cost(op.input.parse(op.example));
      expect(Number.isFinite(c), op.id).toBe(true);
      expect(c, op.id).toBeGreaterThanOrEqual(0);
    }
  });

  describe("music (Suno)", () => {
    it.each([
      ["music.generate", 12],
      ["music.extend", 12],
      ["music.replace-section", 8],
      ["music.mashup", 8],
      ["music.lyrics", 2],
      ["music.wav", 2],
      ["music.stems", 5],
      ["music.midi", 5],
      ["music.video", 8],
      ["music.cover-art", 4],
      ["music.boost-style", 0.4],
    ])("%s holds %d credits", (id, credits) => {
      expect(cost(id)).toBe(credits);
    });
  });

  describe("image", () => {
    it("4o image is 6 credits per variant", () => {
      expect(cost("image.gpt4o.generate", { nVariants: 1 })).toBe(6);
      expect(cost("image.gpt4o.generate", { nVariants: 4 })).toBe(24);
    });
    it("nano-banana pro is 18 at 1K/2K and 24 at 4K", () => {
      expect(cost("image.market.nano-banana-pro", { resolution: "1K" })).toBe(18);
      expect(cost("image.market.nano-banana-pro", { resolution: "2K" })).toBe(18);
      expect(cost("image.market.nano-banana-pro", { resolution: "4K" })).toBe(24);
    });
    it.each([
      ["image.market.nano-banana", 4],
      ["image.market.bytedance-seedream-v4-text-to-image", 3.5],
      ["image.market.google-imagen4-fast", 3],
      ["image.market.google-imagen4", 5],
      ["image.market.google-imagen4-ultra", 10],
      ["image.market.recraft-remove-background", 2],
    ])("%s holds %d credits per image", (id, credits) => {
      expect(cost(id)).toBe(credits);
    });
  });

  describe("video", () => {
    it("Veo 3.1 is priced per 8 s clip by model, plus the resolution upgrade", () => {
      expect(cost("video.veo.generate", { model: "veo3" })).toBe(250);
      expect(cost("video.veo.generate", { model: "veo3_fast" })).toBe(168);
      expect(cost("video.veo.generate", { model: "veo3_lite" })).toBe(30);
      expect(cost("video.veo.get-1080p")).toBe(5);
      expect(cost("video.veo.get-4k")).toBe(120);
    });
    it("Runway is 12 credits per 5 s 720p clip and doubles at 1080p", () => {
      expect(cost("video.runway.generate", { duration: 5, quality: "720p" })).toBe(12);
      expect(cost("video.runway.generate", { duration: 5, quality: "1080p" })).toBe(24);
    });
    it("Market video scales with duration (Hailuo standard 4/s)", () => {
      expect(cost("video.market.hailuo-02-text-to-video-standard", { duration: "6" })).toBe(24);
      expect(cost("video.market.hailuo-02-text-to-video-standard", { duration: "10" })).toBe(40);
    });
  });

  describe("audio (ElevenLabs)", () => {
    it("speech is priced per started 1,000 characters", () => {
      expect(cost("audio.elevenlabs.text-to-speech-multilingual-v2", { text: chars(1000) })).toBe(12);
      expect(cost("audio.elevenlabs.text-to-speech-multilingual-v2", { text: chars(1001) })).toBe(24);
      expect(cost("audio.elevenlabs.text-to-speech-turbo-2-5", { text: chars(10) })).toBe(6);
    });
    it("isolation and speech-to-text are 3 flat", () => {
      expect(cost("audio.elevenlabs.audio-isolation")).toBe(3);
      expect(cost("audio.elevenlabs.speech-to-text")).toBe(3);
    });
  });
});
