import { describe, expect, it } from "vitest";
import { familyOf, groupOperations, needsSource, pickableOperations } from "@/components/media/model-groups";
import { getOperation, operationsIn } from "@/lib/ops/registry";

const op = (id: string, model: string) => ({ id, model });

describe("familyOf", () => {
  it.each([
    ["video.veo.generate", "Veo 3.1", "Veo 3.1"],
    ["video.aleph.generate", "Runway Aleph", "Runway"],
    ["video.market.kling-2-6-text-to-video", "Kling 2.6", "Kling"],
    ["video.market.sora-2-text-to-video", "Sora 2", "Sora 2"],
    ["video.market.hailuo-2-3-pro", "Hailuo 2.3", "Hailuo"],
    ["video.market.wan-2-6-text-to-video", "Wan 2.6", "Wan"],
    ["video.market.bytedance-v1-pro-text-to-video", "ByteDance V1 Pro", "Seedance"],
    ["video.market.seedance-2", "Seedance 2.0", "Seedance"],
    ["video.market.grok-imagine-text-to-video", "Grok Imagine", "Grok Imagine"],
    ["audio.market.elevenlabs-speech-to-text", "ElevenLabs", "ElevenLabs"],
  ])("%s (%s) belongs to %s", (id, model, family) => {
    expect(familyOf(op(id, model))).toBe(family);
  });

  it("falls back to the model label without its version", () => {
    expect(familyOf(op("image.market.nano-banana-2", "Nano Banana 2"))).toBe("Nano Banana");
    expect(familyOf(op("video.market.lumaray-v3", "Lumaray V3 Turbo"))).toBe("Lumaray");
  });

  it("does not mistake Seedream images for Seedance videos", () => {
    expect(familyOf(op("image.market.bytedance-seedream", "Seedream 3"))).toBe("Seedream");
  });
});

describe("groupOperations", () => {
  it("keeps families in order of first appearance and members in registry order", () => {
    const groups = groupOperations([
      op("video.veo.generate", "Veo 3.1"),
      op("video.runway.generate", "Runway"),
      op("video.veo.extend", "Veo 3.1"),
      op("video.aleph.generate", "Runway Aleph"),
    ]);
    expect(groups.map((g) => [g.family, g.operations.map((o) => o.id)])).toEqual([
      ["Veo 3.1", ["video.veo.generate", "video.veo.extend"]],
      ["Runway", ["video.runway.generate", "video.aleph.generate"]],
    ]);
  });

  it("groups the real video registry into more than one family with Veo first", () => {
    const groups = groupOperations(operationsIn("video"));
    expect(groups[0]?.family).toBe("Veo 3.1");
    expect(groups.map((g) => g.family)).toContain("Runway");
    expect(groups.flatMap((g) => g.operations)).toHaveLength(operationsIn("video").length);
  });
});

describe("needsSource / pickableOperations", () => {
  it("flags operations whose input names an earlier Kie task", () => {
    const extend = getOperation("video.veo.extend");
    const generate = getOperation("video.veo.generate");
    expect(extend && needsSource(extend)).toBe(true);
    expect(generate && needsSource(generate)).toBe(false);
  });

  it("hides source-only operations from a picker unless one was asked for", () => {
    const video = operationsIn("video");
    expect(pickableOperations(video).map((o) => o.id)).not.toContain("video.veo.extend");
    expect(pickableOperations(video, "video.veo.extend").map((o) => o.id)).toContain("video.veo.extend");
    expect(pickableOperations(video).map((o) => o.id)).toContain("video.veo.generate");
  });
});
