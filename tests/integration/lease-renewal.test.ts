// A lease is renewed while its holder works, so a long download is never taken over and run twice;
// only a dead holder's lease runs out (tests/integration/crash-resume.test.ts).
import { afterAll, beforeAll, expect, it } from "vitest";
import { expectNothingLostOrPaidTwice } from "../support/invariants";
import { type Stack, startStack } from "../support/stack";

const LEASE_MS = 1000;

let stack: Stack;

beforeAll(async () => {
  Object.assign(process.env, { TASK_LEASE_MS: String(LEASE_MS), MIRROR_IDLE_TIMEOUT_MS: "5000" });
  stack = await startStack("lease-renewal@example.com", { timeScale: 0.05 });
});

afterAll(async () => {
  await stack?.close();
  delete process.env.TASK_LEASE_MS;
  delete process.env.MIRROR_IDLE_TIMEOUT_MS;
});

const row = (id: string) => stack.lib.db.task.findUniqueOrThrow({ where: { id } });
const mediaGets = () => stack.h.sim.stats().requests["GET /media/*"] ?? 0;

it("a download longer than the lease keeps its lease and is not started a second time", async () => {
  const { task } = await stack.lib.submitTask(stack.userId, {
    operationId: "image.market.nano-banana",
    input: { prompt: "a slow, large download" },
  });
  await stack.lib.reconcileOnce();
  expect((await row(task.id)).state).toBe("submitted");
  // Let Kie finish, then make every download take four leases' time.
  await new Promise((r) => setTimeout(r, 800));
  await fetch(`${stack.h.simUrl}/__sim/faults`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ path: "/media/*", code: `trickle=${LEASE_MS * 4}`, times: 10, method: "GET" }),
  });
  await stack.lib.db.task.update({ where: { id: task.id }, data: { nextPollAt: new Date() } });
  const before = mediaGets();

  const holder = stack.lib.reconcileOnce();
  const leases: number[] = [];
  // Other passes keep coming while the holder downloads, as they do in a running studio.
  for (let i = 0; i < 12; i++) {
    await new Promise((r) => setTimeout(r, LEASE_MS / 3));
    const current = await row(task.id);
    if (current.leaseUntil) leases.push(current.leaseUntil.getTime());
    await stack.lib.reconcileOnce();
  }
  await holder;

  expect(mediaGets() - before).toBe(1);
  expect(new Set(leases).size).toBeGreaterThan(2); // renewed, not one fixed expiry
  const done = await stack.runToEnd(task.id);
  expect(done?.state).toBe("succeeded");
  await stack.expectMirrored(done!.outputs[0].assetId);
  const { settleFinishedHolds } = await import("@/lib/budgets/settle");
  await settleFinishedHolds();
  await expectNothingLostOrPaidTwice(stack, { taskIds: [task.id], creates: 1 });
});
