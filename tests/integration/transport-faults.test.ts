// The engine against a misbehaving wire: 429 bursts on creates, status reads that hang, are slow or
// answer garbage, and media bodies that trickle or stall. Each case ends with every task ended,
// results saved byte for byte, exactly the creates Kie should have seen, and no hold counted twice.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { drive } from "../support/harness";
import { expectNothingLostOrPaidTwice } from "../support/invariants";
import { type Stack, startStack } from "../support/stack";

// Short timeouts so a hang or a stall costs about a second; each fault below is sized against them.
const TIMEOUTS = {
  KIE_STATUS_TIMEOUT_MS: "1000",
  MIRROR_IDLE_TIMEOUT_MS: "1500",
  KIE_CREATE_WINDOW_MS: "300",
};

let stack: Stack;
let settleFinishedHolds: typeof import("@/lib/budgets/settle").settleFinishedHolds;

beforeAll(async () => {
  Object.assign(process.env, TIMEOUTS);
  stack = await startStack("transport-faults@example.com", { timeScale: 0.05 });
  ({ settleFinishedHolds } = await import("@/lib/budgets/settle"));
});

afterAll(async () => {
  await stack?.close();
  for (const key of Object.keys(TIMEOUTS)) delete process.env[key];
});

beforeEach(async () => {
  await fetch(`${stack.h.simUrl}/__sim/faults`, { method: "DELETE" });
});

async function fault(path: string, code: string, times: number, method: "GET" | "POST") {
  const res = await fetch(`${stack.h.simUrl}/__sim/faults`, {
    method: "POST",
    body: JSON.stringify({ path, code, times, method }),
    headers: { "content-type": "application/json" },
  });
  expect(res.ok).toBe(true);
}
const stats = () => stack.h.sim.stats();
const row = (id: string) => stack.lib.db.task.findUniqueOrThrow({ where: { id } });
const image = async (prompt: string) =>
  (await stack.lib.submitTask(stack.userId, { operationId: "image.market.nano-banana", input: { prompt } }))
    .task;
const song = async (prompt: string) =>
  (
    await stack.lib.submitTask(stack.userId, {
      operationId: "music.generate",
      input: { customMode: false, instrumental: false, model: "V5", prompt },
    })
  ).task;

/** Sends the task to Kie, then makes its next status read due now. */
async function submitted(taskId: string) {
  await stack.lib.reconcileOnce();
  expect((await row(taskId)).state).toBe("submitted");
  await stack.lib.db.task.update({ where: { id: taskId }, data: { nextPollAt: new Date() } });
}

async function expectSucceeded(taskIds: string[], creates: number, createsBefore: number) {
  for (const id of taskIds) expect((await stack.runToEnd(id))?.state).toBe("succeeded");
  return expectNothingLostOrPaidTwice(stack, { taskIds, creates, createsBefore });
}

describe("creates", () => {
  it("a 429 burst is waited out and the create sent again: Kie had not accepted it", async () => {
    const before = stats();
    await fault("/api/v1/jobs/createTask", "429", 3, "POST");
    const task = await image("a queue outside a bakery");
    await stack.lib.reconcileOnce();
    const refused = await row(task.id);
    expect(refused).toMatchObject({ state: "queued", errorCount: 1, kieTaskId: null });
    expect(refused.statusNote).toMatch(/busy/);

    await expectSucceeded([task.id], 1, before.createsTotal);
    const after = stats();
    expect(after.throttled - before.throttled).toBe(3);
    const sent = (s: typeof before) => s.requests["POST /api/v1/jobs/createTask"] ?? 0;
    expect(sent(after) - sent(before)).toBe(4);
  });

  it("garbage in answer to a create parks the task as unknown; it is never sent again", async () => {
    const before = stats();
    await fault("/api/v1/generate", "garbage", 1, "POST");
    await fault("/api/v1/jobs/createTask", "garbage", 1, "POST");
    const music = await song("a song whose receipt was lost");
    const picture = await image("a picture whose receipt was lost");
    await stack.lib.reconcileOnce();
    for (const id of [music.id, picture.id]) {
      const parked = await row(id);
      expect(parked).toMatchObject({ state: "unknown", kieTaskId: null });
      expect(parked.statusNote).toBe(
        "Kie sent an answer the studio could not read. Waiting for Kie to confirm; it will not be sent twice.",
      );
    }
    expect(stats().createsTotal - before.createsTotal).toBe(2);

    // Suno always sends a callback, which names the task: it is then tracked to the end as usual.
    await drive(
      () => stack.lib.reconcileOnce(),
      async () => (await row(music.id)).state !== "unknown",
    );
    expect((await stack.runToEnd(music.id))?.state).toBe("succeeded");

    // No callback was asked for the image: it ends after the bounded wait, saying why, never resent.
    expect((await row(picture.id)).state).toBe("unknown");
    await stack.lib.reconcileOnce(new Date(Date.now() + 16 * 60_000));
    const ended = await row(picture.id);
    expect(ended.state).toBe("failed");
    expect(ended.errorMessage).toBe(
      "Kie never confirmed this task. It was not resent, so it was not billed twice; check your Kie logs.",
    );
    await settleFinishedHolds(); // as the reconciler's spend chores do
    await expectNothingLostOrPaidTwice(stack, {
      taskIds: [music.id, picture.id],
      creates: 2,
      createsBefore: before.createsTotal,
    });
    expect(
      stats().requests["POST /api/v1/jobs/createTask"] - before.requests["POST /api/v1/jobs/createTask"],
    ).toBe(1);
  });
});

describe("status reads", () => {
  it("a read that hangs times out, is retried later and the task succeeds", async () => {
    const before = stats();
    const task = await image("a clock that stopped");
    await submitted(task.id);
    await fault("/api/v1/jobs/recordInfo", "hang", 1, "GET");
    const started = Date.now();
    await stack.lib.reconcileOnce();
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    const timedOut = await row(task.id);
    expect(timedOut).toMatchObject({
      state: "submitted",
      errorCount: 1,
      statusNote: "Kie did not answer in time.",
    });
    expect(timedOut.leaseOwner).toBeNull();
    // The simulator sees the abort once the closed connection reaches it.
    await vi.waitFor(() => expect(stats().held.hang).toBe(0));
    await expectSucceeded([task.id], 1, before.createsTotal);
  });

  it("a slow answer within the timeout is an answer", async () => {
    const before = stats();
    const task = await image("a snail on a leaf");
    await submitted(task.id);
    const polled = (await row(task.id)).pollCount;
    await fault("/api/v1/jobs/recordInfo", "delay=400", 1, "GET");
    const started = Date.now();
    await stack.lib.reconcileOnce();
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    expect(await row(task.id)).toMatchObject({ errorCount: 0, pollCount: polled + 1 });
    await expectSucceeded([task.id], 1, before.createsTotal);
  });

  it("an answer that is not JSON is a transient error: retried, and the task succeeds", async () => {
    const before = stats();
    const task = await image("a scrambled signal");
    await submitted(task.id);
    await fault("/api/v1/jobs/recordInfo", "garbage", 2, "GET");
    await stack.lib.reconcileOnce();
    const retrying = await row(task.id);
    expect(retrying).toMatchObject({
      state: "submitted",
      errorCount: 1,
      statusNote: "Kie sent an answer the studio could not read.",
    });
    await expectSucceeded([task.id], 1, before.createsTotal);
    expect((await row(task.id)).errorCount).toBe(0);
  });
});

describe("media bodies", () => {
  const assetOf = (taskId: string) => stack.lib.db.asset.findFirstOrThrow({ where: { taskId } });

  it("a body trickling in for twice the idle timeout, never silent that long, is saved at once", async () => {
    const before = stats();
    await fault("/media/*", "trickle=3000", 1, "GET");
    const task = await image("sand through an hourglass");
    await expectSucceeded([task.id], 1, before.createsTotal);
    expect((await assetOf(task.id)).attempts).toBe(1);
  });

  it("a body that stalls longer than the idle timeout fails that attempt, and the retry saves it", async () => {
    const before = stats();
    await fault("/media/*", "trickle=60000", 1, "GET");
    const task = await image("a river frozen mid-flow");
    await expectSucceeded([task.id], 1, before.createsTotal);
    const asset = await assetOf(task.id);
    expect(asset.attempts).toBe(2);
    expect(asset.mirrorError).toBeNull();
    expect(stats().held.trickle).toBe(0);
    expect(stats().requests["GET /media/*"] - before.requests["GET /media/*"]).toBeGreaterThanOrEqual(2);
  });
});
