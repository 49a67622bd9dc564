// The engine against the simulator's fault controls (SQLite here; PostgreSQL via integration-pg):
// lost create answers, 455 pauses, 5xx on status reads, untrustworthy callbacks and cancel.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { signKieWebhook } from "@/lib/kie/hmac";
import { drive } from "../support/harness";
import { type Stack, startStack } from "../support/stack";

const HMAC_KEY = "engine-faults-webhook-key";

let stack: Stack;
let cancelTask: typeof import("@/lib/tasks/cancel").cancelTask;

beforeAll(async () => {
  stack = await startStack("engine-faults@example.com", { hmacKey: HMAC_KEY, timeScale: 0.05 });
  ({ cancelTask } = await import("@/lib/tasks/cancel"));
});

afterAll(async () => {
  await stack?.close();
});

beforeEach(async () => {
  await fetch(`${stack.h.simUrl}/__sim/faults`, { method: "DELETE" });
});

async function fault(path: string, code: string, times: number, method?: "GET" | "POST") {
  const res = await fetch(`${stack.h.simUrl}/__sim/faults`, {
    method: "POST",
    body: JSON.stringify({ path, code, times, method }),
    headers: { "content-type": "application/json" },
  });
  expect(res.ok).toBe(true);
}
const pendingFaults = async () =>
  ((await (await fetch(`${stack.h.simUrl}/__sim/faults`)).json()) as { faults: unknown[] }).faults.length;
const creates = () => stack.h.sim.stats().createsTotal;
const row = (id: string) => stack.lib.db.task.findUniqueOrThrow({ where: { id } });
const hold = (taskId: string) => stack.lib.db.budgetHold.findUniqueOrThrow({ where: { taskId } });

const image = (prompt: string) =>
  stack.lib.submitTask(stack.userId, { operationId: "image.market.nano-banana", input: { prompt } });
const song = (prompt: string) =>
  stack.lib.submitTask(stack.userId, {
    operationId: "music.generate",
    input: { customMode: false, instrumental: false, model: "V5", prompt },
  });

function postCallback(token: string, kieTaskId: string, headers: Record<string, string>) {
  return fetch(`${process.env.APP_URL}/api/kie/callback/${token}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({
      code: 200,
      msg: "success",
      data: { taskId: kieTaskId, callbackType: "complete" },
    }),
  });
}
const signed = (kieTaskId: string, ts = Math.floor(Date.now() / 1000)) => ({
  "x-webhook-timestamp": String(ts),
  "x-webhook-signature": signKieWebhook(HMAC_KEY, kieTaskId, ts),
});

/** A task Kie is working on, parked with its next poll far away so any wake-up is visible. */
async function trackedTask(state: "submitted" | "unknown") {
  const kieTaskId = `kie${randomBytes(8).toString("hex")}`;
  const task = await stack.lib.db.task.create({
    data: {
      userId: stack.userId,
      operationId: "music.generate",
      category: "music",
      state,
      input: "{}",
      callbackToken: randomBytes(24).toString("base64url"),
      kieTaskId: state === "submitted" ? kieTaskId : null,
      nextPollAt: state === "submitted" ? new Date(Date.now() + 3600_000) : null,
    },
  });
  return { task, kieTaskId };
}

describe("creates whose answer is lost", () => {
  it("a dropped create becomes unknown, is resolved by its callback and is never sent twice", async () => {
    await fault("/api/v1/generate", "drop", 1, "POST");
    const before = creates();
    const { task } = await song("a dropped answer, a song all the same");
    await stack.lib.reconcileOnce();
    const parked = await row(task.id);
    expect(parked.state).toBe("unknown");
    expect(parked.kieTaskId).toBeNull();
    expect(parked.statusNote).toMatch(/it will not be sent twice/);
    expect(creates() - before).toBe(1);

    // Only the simulator's signed callback can name the task: wait for it, then finish as usual.
    await drive(
      () => stack.lib.reconcileOnce(),
      async () => (await row(task.id)).state !== "unknown",
    );
    const view = await stack.runToEnd(task.id);
    expect(view?.state).toBe("succeeded");
    expect((await row(task.id)).kieTaskId).toMatch(/\S/);
    expect(creates() - before).toBe(1);
    for (const out of view!.outputs) await stack.expectMirrored(out.assetId);
  });
});

describe("Kie pushing back", () => {
  it("455 (maintenance) pauses the create without sending it twice; the task later succeeds", async () => {
    await fault("/api/v1/jobs/createTask", "455", 1, "POST");
    const before = creates();
    const { task } = await image("a lighthouse during maintenance");
    await stack.lib.reconcileOnce();
    const paused = await row(task.id);
    expect(paused.state).toBe("queued");
    expect(paused.errorCount).toBe(1);
    expect(paused.nextPollAt!.getTime()).toBeGreaterThan(Date.now() + 50_000);
    expect(creates() - before).toBe(0);

    // Still paused a moment later; sent once the pause is over.
    await stack.lib.reconcileOnce();
    expect((await row(task.id)).state).toBe("queued");
    await stack.lib.reconcileOnce(new Date(Date.now() + 61_000));
    const view = await stack.runToEnd(task.id);
    expect(view?.state).toBe("succeeded");
    expect(creates() - before).toBe(1);
    await stack.expectMirrored(view!.outputs[0].assetId);
  });

  it("5xx answers to status reads are retried with backoff until the task succeeds", async () => {
    const { task } = await image("a storm over the server room");
    await stack.lib.reconcileOnce();
    expect((await row(task.id)).state).toBe("submitted");
    await fault("/api/v1/jobs/recordInfo", "500", 2, "GET");
    await stack.lib.db.task.update({ where: { id: task.id }, data: { nextPollAt: new Date() } });
    await stack.lib.reconcileOnce();
    const retrying = await row(task.id);
    expect(retrying.state).toBe("submitted");
    expect(retrying.errorCount).toBe(1);

    const view = await stack.runToEnd(task.id);
    expect(view?.state).toBe("succeeded");
    expect(await pendingFaults()).toBe(0);
    expect((await row(task.id)).errorCount).toBe(0);
  });
});

describe("callbacks that cannot be trusted change nothing", () => {
  it("forged, stale and unsigned callbacks leave an unknown task unknown; a valid one resolves it", async () => {
    const { task, kieTaskId } = await trackedTask("unknown");
    const now = Math.floor(Date.now() / 1000);
    const attempts: Record<string, Record<string, string>> = {
      unsigned: {},
      forged: {
        "x-webhook-timestamp": String(now),
        "x-webhook-signature": signKieWebhook("not-the-key", kieTaskId, now),
      },
      "signed for another task": {
        "x-webhook-timestamp": String(now),
        "x-webhook-signature": signKieWebhook(HMAC_KEY, "someoneelse", now),
      },
      stale: signed(kieTaskId, now - 301),
      "from the future": signed(kieTaskId, now + 301),
      "timestamp only": { "x-webhook-timestamp": String(now) },
    };
    for (const [why, headers] of Object.entries(attempts)) {
      const res = await postCallback(task.callbackToken, kieTaskId, headers);
      expect(res.status, why).toBe(401);
      expect(await res.json(), why).toEqual({ ok: false });
      const after = await row(task.id);
      expect(after.state, why).toBe("unknown");
      expect(after.kieTaskId, why).toBeNull();
    }

    const res = await postCallback(task.callbackToken, kieTaskId, signed(kieTaskId));
    expect(res.status).toBe(200);
    const resolved = await row(task.id);
    expect(resolved.state).toBe("submitted");
    expect(resolved.kieTaskId).toBe(kieTaskId);
  });

  it("a valid callback makes the reconciler look now; the same request replayed does nothing", async () => {
    const { task, kieTaskId } = await trackedTask("submitted");
    const headers = signed(kieTaskId);
    const first = await postCallback(task.callbackToken, kieTaskId, headers);
    expect(first.status).toBe(200);
    expect((await row(task.id)).nextPollAt!.getTime()).toBeLessThanOrEqual(Date.now());

    const later = new Date(Date.now() + 3600_000);
    await stack.lib.db.task.update({ where: { id: task.id }, data: { nextPollAt: later } });
    // The exact request again, and the same signature re-encoded without its padding.
    const replays = [
      headers,
      { ...headers, "x-webhook-signature": headers["x-webhook-signature"].replace(/=+$/, "") },
    ];
    for (const replay of replays) {
      const res = await postCallback(task.callbackToken, kieTaskId, replay);
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ ok: false });
      expect((await row(task.id)).nextPollAt).toEqual(later);
    }
  });

  it("a valid signature on another task's token changes nothing", async () => {
    const a = await trackedTask("submitted");
    const b = await trackedTask("submitted");
    const res = await postCallback(a.task.callbackToken, b.kieTaskId, signed(b.kieTaskId));
    expect(res.status).toBe(401);
    expect((await row(a.task.id)).nextPollAt).toEqual(a.task.nextPollAt);
    expect((await row(b.task.id)).nextPollAt).toEqual(b.task.nextPollAt);
  });

  it("the reconciler prunes receipts once their signatures can no longer verify", async () => {
    const { task, kieTaskId } = await trackedTask("submitted");
    const ts = Math.floor(Date.now() / 1000) - 200;
    expect((await postCallback(task.callbackToken, kieTaskId, signed(kieTaskId, ts))).status).toBe(200);
    const receipts = () => stack.lib.db.callbackReceipt.count({ where: { kieTaskId } });
    expect(await receipts()).toBe(1);
    await stack.lib.reconcileOnce();
    expect(await receipts()).toBe(1);
    await stack.lib.reconcileOnce(new Date((ts + 400) * 1000));
    expect(await receipts()).toBe(0);
  });
});

describe("cancel", () => {
  it("a canceled queued task is never sent and its budget hold is released", async () => {
    const before = creates();
    const { task } = await image("a kite that never flies");
    const { sentToKie } = await cancelTask(stack.userId, task.id);
    expect(sentToKie).toBe(false);
    for (let i = 0; i < 3; i++) await stack.lib.reconcileOnce();
    const after = await row(task.id);
    expect(after.state).toBe("canceled");
    expect(after.statusNote).toBe("Canceled before it was sent to Kie. Nothing was spent.");
    expect(after.kieTaskId).toBeNull();
    expect(creates() - before).toBe(0);
    expect(await hold(task.id)).toMatchObject({ state: "released", charged: 0 });
  });

  it("a submitted task stops being tracked, keeps its hold (Kie may still bill) and is never polled again", async () => {
    const { task } = await image("a comet already on its way");
    await stack.lib.reconcileOnce();
    const sent = await row(task.id);
    expect(sent.state).toBe("submitted");
    const { sentToKie } = await cancelTask(stack.userId, task.id);
    expect(sentToKie).toBe(true);
    const canceled = await row(task.id);
    expect(canceled.state).toBe("canceled");
    expect(canceled.statusNote).toBe(
      "Stopped tracking. Kie cannot cancel a submitted task; it may still finish and bill.",
    );
    expect((await hold(task.id)).state).toBe("settled");

    await new Promise((r) => setTimeout(r, 300));
    for (let i = 0; i < 3; i++) await stack.lib.reconcileOnce(new Date(Date.now() + 3600_000));
    const after = await row(task.id);
    expect(after.state).toBe("canceled");
    expect(after.pollCount).toBe(canceled.pollCount);
    expect(await stack.lib.db.asset.count({ where: { taskId: task.id } })).toBe(0);
  });

  it("a finished task answers 409, and another user's task is not found", async () => {
    const { task } = await image("a finished sketch");
    expect((await stack.runToEnd(task.id))?.state).toBe("succeeded");
    await expect(cancelTask(stack.userId, task.id)).rejects.toMatchObject({
      status: 409,
      message: "This task already succeeded; there is nothing to cancel.",
    });
    const other = await stack.lib.db.user.create({
      data: { email: "other-canceler@example.com", passwordHash: "x" },
    });
    const { task: queued } = await image("someone else's idea");
    await expect(cancelTask(other.id, queued.id)).rejects.toMatchObject({ status: 404 });
    expect((await row(queued.id)).state).toBe("queued");
  });
});
