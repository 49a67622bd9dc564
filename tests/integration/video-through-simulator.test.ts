import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../support/harness";
import { type Stack, startStack } from "../support/stack";

let h: Harness;
let lib: Stack["lib"];
let userId: string;
let stack: Stack;
let runToEnd: Stack["runToEnd"];
let expectMirrored: Stack["expectMirrored"];

beforeAll(async () => {
  stack = await startStack("video@example.com");
  ({ h, lib, userId, runToEnd, expectMirrored } = stack);
});

afterAll(async () => {
  await stack?.close();
});

const SAMPLE_CLIPS = fs
  .readdirSync(path.resolve("public/sim-media"))
  .filter((f) => f.endsWith(".mp4"))
  .map((f) => fs.readFileSync(path.resolve("public/sim-media", f)));

/** Stored bytes equal what the simulator served, which is one of the committed sample clips. */
async function expectMirroredMp4(assetId: string) {
  const asset = await expectMirrored(assetId);
  expect(asset.kind).toBe("video");
  expect(asset.mime).toBe("video/mp4");
  const stored = fs.readFileSync(path.join(h.dataDir, "storage", asset.storageKey!));
  expect(stored.subarray(4, 8).toString("latin1")).toBe("ftyp");
  expect(SAMPLE_CLIPS.some((clip) => clip.equals(stored))).toBe(true);
  return asset;
}

describe("video tasks through the simulator over HTTP", () => {
  it("Veo generate reaches succeeded with a mirrored, byte-checked MP4", async () => {
    const { task } = await lib.submitTask(userId, {
      operationId: "video.veo.generate",
      input: { prompt: "a paper boat in the rain", model: "veo3_lite", aspect_ratio: "16:9" },
    });
    const view = await runToEnd(task.id);
    expect(view?.state, JSON.stringify(view?.error)).toBe("succeeded");
    expect(view?.outputs).toHaveLength(1);
    expect(view?.outputs[0]).toMatchObject({ kind: "video", mime: "video/mp4" });
    await expectMirroredMp4(view!.outputs[0].assetId);
    expect(h.sim.stats().requests["POST /api/v1/veo/generate"]).toBe(1);
  });

  it("Runway generate (callback required) reaches succeeded with its poster", async () => {
    const { task } = await lib.submitTask(userId, {
      operationId: "video.runway.generate",
      input: { prompt: "a hot-air balloon at dawn", duration: 5, quality: "720p", aspectRatio: "9:16" },
    });
    const view = await runToEnd(task.id);
    expect(view?.state, JSON.stringify(view?.error)).toBe("succeeded");
    const asset = await expectMirroredMp4(view!.outputs[0].assetId);
    expect(JSON.parse(asset.meta ?? "{}").posterUrl).toMatch(/\.jpg$/);
    expect(h.sim.stats().requests["GET /api/v1/runway/record-detail"]).toBeGreaterThan(0);
  });

  it("Aleph restyles a video and reaches succeeded", async () => {
    const { task } = await lib.submitTask(userId, {
      operationId: "video.aleph.generate",
      input: { prompt: "make it winter", videoUrl: "https://example.com/input.mp4" },
    });
    const view = await runToEnd(task.id);
    expect(view?.state, JSON.stringify(view?.error)).toBe("succeeded");
    await expectMirroredMp4(view!.outputs[0].assetId);
  });

  it("a Veo failure ends the task with Kie's reason", async () => {
    const { task } = await lib.submitTask(userId, {
      operationId: "video.veo.generate",
      input: { prompt: "this one fails [sim:fail]" },
    });
    const view = await runToEnd(task.id);
    expect(view?.state).toBe("failed");
    expect(view?.error?.message).toContain("flagged");
  });

  it("invalid Veo input never reaches Kie", async () => {
    const before = h.sim.stats().createsTotal;
    await expect(
      lib.submitTask(userId, {
        operationId: "video.veo.generate",
        input: { prompt: "x", generationType: "REFERENCE_2_VIDEO", model: "veo3" },
      }),
    ).rejects.toMatchObject({
      code: "invalid_input",
      fields: expect.objectContaining({ imageUrls: expect.any(Array), model: expect.any(Array) }),
    });
    expect(h.sim.stats().createsTotal).toBe(before);
  });
});
