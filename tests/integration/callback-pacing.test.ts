// Tasks sent with a callback Kie can reach are read when their callback arrives; their own polls
// are only a slow safety net, which still finishes a task whose callback is lost.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { drive } from "../support/harness";
import { type Stack, startStack } from "../support/stack";

let stack: Stack;
const BASE_MS = 150; // the harness's POLL_BASE_MS

beforeAll(async () => {
  process.env.KIE_CALLBACKS = "on";
  stack = await startStack("callback-pacing@example.com", { timeScale: 0.05 });
});

afterAll(async () => {
  delete process.env.KIE_CALLBACKS;
  await stack?.close();
});

const statusReads = () => stack.h.sim.stats().requests["GET /api/v1/jobs/recordInfo"] ?? 0;
const task = (id: string) => stack.lib.db.task.findUniqueOrThrow({ where: { id } });
const image = (prompt: string) =>
  stack.lib.submitTask(stack.userId, { operationId: "image.market.nano-banana", input: { prompt } });

async function sent(id: string) {
  await drive(
    () => stack.lib.reconcileOnce(),
    async () => (await task(id)).kieTaskId !== null,
  );
  return task(id);
}

describe("callback pacing", () => {
  it("a task with a reachable callback waits for it: one status read, made when the callback came", async () => {
    const { task: submitted } = await image("paced by its callback");
    const before = statusReads();
    const row = await sent(submitted.id);
    expect(row.callbackExpected).toBe(true);
    // The first safety poll is four base intervals away, not one.
    expect(row.nextPollAt!.getTime() - row.submittedAt!.getTime()).toBeGreaterThanOrEqual(BASE_MS * 4 - 5);
    const done = await stack.runToEnd(submitted.id);
    expect(done?.state).toBe("succeeded");
    expect(stack.h.sim.stats().callbacksByTask[row.kieTaskId!]?.length).toBe(1);
    expect(statusReads() - before).toBe(1);
    await stack.expectMirrored(done!.outputs[0].assetId);
  });

  it("a task whose callback is lost still finishes through its safety-net polls", async () => {
    const { task: submitted } = await image("callback lost on the way");
    const row = await sent(submitted.id);
    // The callback URL Kie holds no longer names this task: its callback answers 404 and is lost.
    await stack.lib.db.task.update({
      where: { id: row.id },
      data: { callbackToken: randomBytes(24).toString("base64url") },
    });
    const before = statusReads();
    const done = await stack.runToEnd(submitted.id);
    expect(done?.state).toBe("succeeded");
    expect(statusReads() - before).toBeGreaterThanOrEqual(1);
    await stack.expectMirrored(done!.outputs[0].assetId);
  });

  it("a task without a reachable callback polls at the base pace", async () => {
    const { env } = await import("@/lib/env");
    const saved = env.KIE_CALLBACKS;
    Object.assign(env, { KIE_CALLBACKS: "off" });
    try {
      const { task: submitted } = await image("no callback for me");
      const row = await sent(submitted.id);
      expect(row.callbackExpected).toBe(false);
      expect(row.nextPollAt!.getTime() - row.submittedAt!.getTime()).toBeLessThan(BASE_MS * 2);
      expect((await stack.runToEnd(submitted.id))?.state).toBe("succeeded");
      expect(stack.h.sim.stats().callbacksByTask[row.kieTaskId!]).toBeUndefined();
    } finally {
      Object.assign(env, { KIE_CALLBACKS: saved });
    }
  });
});
