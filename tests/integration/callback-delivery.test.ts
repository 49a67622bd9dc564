// Kie's callbacks as they really arrive: twice, and out of order ("done" before "still working").
// Neither changes a finished task, loses a result or causes a second create; and the callback
// route answers at once even while Kie itself is not answering status reads.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { drive } from "../support/harness";
import { expectNothingLostOrPaidTwice } from "../support/invariants";
import { type Stack, startStack } from "../support/stack";

let stack: Stack;
let settleFinishedHolds: typeof import("@/lib/budgets/settle").settleFinishedHolds;

beforeAll(async () => {
  stack = await startStack("callback-delivery@example.com", { timeScale: 0.05 });
  ({ settleFinishedHolds } = await import("@/lib/budgets/settle"));
});

afterAll(async () => {
  await stack?.close();
});

beforeEach(async () => {
  await fetch(`${stack.h.simUrl}/__sim/faults`, { method: "DELETE" });
});

const song = async (prompt: string) =>
  (
    await stack.lib.submitTask(stack.userId, {
      operationId: "music.generate",
      input: { customMode: false, instrumental: false, model: "V5", prompt },
    })
  ).task;
const row = (id: string) => stack.lib.db.task.findUniqueOrThrow({ where: { id }, include: { assets: true } });
const callbacksFor = (kieTaskId: string) => stack.h.sim.stats().callbacksByTask[kieTaskId] ?? [];

/** Runs the song to its end, then until Kie has delivered `expected` callbacks, then a few passes more. */
async function finishAndDrain(taskId: string, expected: number) {
  const done = await stack.runToEnd(taskId);
  expect(done?.state).toBe("succeeded");
  const { kieTaskId } = await row(taskId);
  await drive(
    () => stack.lib.reconcileOnce(),
    async () => callbacksFor(kieTaskId!).length >= expected,
  );
  for (let i = 0; i < 3; i++) await stack.lib.reconcileOnce();
  return row(taskId);
}

describe("callbacks delivered twice or out of order", () => {
  it("duplicates: every stage arrives twice; the song ends once, whole, with one create", async () => {
    const createsBefore = stack.h.sim.stats().createsTotal;
    const task = await song("twice told [sim:dup-callback]");
    const after = await finishAndDrain(task.id, 6);
    expect(callbacksFor(after.kieTaskId!)).toHaveLength(6);
    expect(after.state).toBe("succeeded");
    expect(after.assets.filter((a) => a.status === "mirrored")).toHaveLength(2);
    await settleFinishedHolds();
    await expectNothingLostOrPaidTwice(stack, { taskIds: [task.id], creates: 1, createsBefore });
  });

  it("out of order: 'complete' first, then the late progress callbacks change nothing", async () => {
    const createsBefore = stack.h.sim.stats().createsTotal;
    const task = await song("late news [sim:out-of-order]");
    const after = await finishAndDrain(task.id, 3);
    const stages = callbacksFor(after.kieTaskId!);
    expect(stages[0]).toBe("complete");
    expect(after.state).toBe("succeeded");
    expect(after.progress).toBe(1);
    expect(after.nextPollAt).toBeNull();
    expect(after.assets.filter((a) => a.status === "mirrored")).toHaveLength(2);
    await settleFinishedHolds();
    await expectNothingLostOrPaidTwice(stack, { taskIds: [task.id], creates: 1, createsBefore });
  });
});

describe("the callback route", () => {
  it("answers at once while Kie's status reads hang: it only schedules a read", async () => {
    const task = await song("answered quickly");
    await stack.lib.reconcileOnce();
    const sent = await row(task.id);
    expect(sent.kieTaskId).toBeTruthy();
    await fetch(`${stack.h.simUrl}/__sim/faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ path: "/api/v1/generate/record-info", code: "hang", times: 5, method: "GET" }),
    });
    const res = await fetch(`${process.env.APP_URL}/api/kie/callback/${sent.callbackToken}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        code: 200,
        msg: "success",
        data: { task_id: sent.kieTaskId, callbackType: "text" },
      }),
      signal: AbortSignal.timeout(5000),
    });
    expect(res.status).toBe(200);
    expect((await row(task.id)).nextPollAt!.getTime()).toBeLessThanOrEqual(Date.now());
  });
});
