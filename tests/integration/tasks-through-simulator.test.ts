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
  stack = await startStack("int@example.com");
  ({ h, lib, userId, runToEnd, expectMirrored } = stack);
});

afterAll(async () => {
  await stack?.close();
});

describe("tasks through the simulator over HTTP", () => {
  it("a Suno task reaches succeeded with both takes mirrored and checked", async () => {
    const { task } = await lib.submitTask(userId, {
      operationId: "music.generate",
      input: { prompt: "an upbeat synth-pop song about trains" },
    });
    expect(task.state).toBe("queued");
    const view = await runToEnd(task.id);
    expect(view?.state).toBe("succeeded");
    expect(view?.outputs).toHaveLength(2);
    for (const out of view!.outputs) {
      expect(out.kind).toBe("audio");
      expect(out.mime).toBe("audio/wav");
      expect(out.url).toBe(`/api/assets/${out.assetId}`);
      const asset = await expectMirrored(out.assetId);
      expect(asset.durationSec).toBeGreaterThan(5);
      expect(asset.posterKey).toBeTruthy();
    }
    expect(h.sim.stats().requests["POST /api/v1/generate"]).toBe(1);
  });

  it("a Market nano-banana task reaches succeeded with a mirrored PNG", async () => {
    const { task } = await lib.submitTask(userId, {
      operationId: "image.market.nano-banana",
      input: { prompt: "a lighthouse made of glass", image_size: "16:9" },
    });
    const view = await runToEnd(task.id);
    expect(view?.state).toBe("succeeded");
    expect(view?.outputs).toHaveLength(1);
    const asset = await expectMirrored(view!.outputs[0].assetId);
    expect(asset.mime).toBe("image/png");
    expect(asset.width! / asset.height!).toBeCloseTo(16 / 9, 1);
    expect(asset.thumbKey).toBeTruthy();
  });

  it("a 4o task with 2 variants mirrors 2 images", async () => {
    const { task } = await lib.submitTask(userId, {
      operationId: "image.gpt4o.generate",
      input: { prompt: "a red bicycle", size: "3:2", nVariants: 2 },
    });
    const view = await runToEnd(task.id);
    expect(view?.outputs.map((o) => o.kind)).toEqual(["image", "image"]);
    for (const o of view!.outputs) await expectMirrored(o.assetId);
  });

  it.each([
    [402, /out of credits/],
    [422, /Kie rejected the request/],
  ])("a %i from Kie ends the task with the right message and no retry loop", async (code, message) => {
    await fetch(`${h.simUrl}/__sim/faults`, {
      method: "POST",
      body: JSON.stringify({ path: "/api/v1/jobs/createTask", code, times: 1 }),
      headers: { "content-type": "application/json" },
    });
    const before = h.sim.stats().requests["POST /api/v1/jobs/createTask"] ?? 0;
    const { task } = await lib.submitTask(userId, {
      operationId: "image.market.nano-banana",
      input: { prompt: `fault ${code}` },
    });
    const view = await runToEnd(task.id);
    expect(view?.state).toBe("failed");
    expect(view?.error?.message).toMatch(message);
    // More passes must not send it again.
    for (let i = 0; i < 3; i++) await lib.reconcileOnce();
    expect((h.sim.stats().requests["POST /api/v1/jobs/createTask"] ?? 0) - before).toBe(1);
    expect(await lib.db.asset.count({ where: { taskId: task.id } })).toBe(0);
  });

  it("a failure reported by Kie later ends the task with Kie's reason", async () => {
    const { task } = await lib.submitTask(userId, {
      operationId: "music.generate",
      input: { prompt: "this one fails [sim:fail]" },
    });
    const view = await runToEnd(task.id);
    expect(view?.state).toBe("failed");
    expect(view?.error?.message.length).toBeGreaterThan(5);
  });

  it("invalid input never reaches Kie", async () => {
    const before = h.sim.stats().createsTotal;
    await expect(
      lib.submitTask(userId, { operationId: "music.generate", input: { customMode: true, prompt: "" } }),
    ).rejects.toMatchObject({
      code: "invalid_input",
      fields: expect.objectContaining({ style: expect.any(Array) }),
    });
    expect(await lib.db.task.count({ where: { input: { contains: '"customMode":true' } } })).toBe(0);
    expect(h.sim.stats().createsTotal).toBe(before);
  });

  it("the same idempotency key returns the same task and calls Kie once", async () => {
    const req = {
      operationId: "image.market.nano-banana",
      input: { prompt: "once only" },
      idempotencyKey: "nonce-12345678",
    };
    const [a, b] = await Promise.all([lib.submitTask(userId, req), lib.submitTask(userId, req)]);
    expect(a.task.id).toBe(b.task.id);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    const before = h.sim.stats().requests["POST /api/v1/jobs/createTask"] ?? 0;
    await runToEnd(a.task.id);
    const c = await lib.submitTask(userId, req);
    expect(c).toMatchObject({ created: false, task: { id: a.task.id } });
    await lib.reconcileOnce();
    expect((h.sim.stats().requests["POST /api/v1/jobs/createTask"] ?? 0) - before).toBe(1);
  });
});
