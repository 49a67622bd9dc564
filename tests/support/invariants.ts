// What every fault and crash proof ends with: nothing lost (every task ended, every result saved
// byte for byte), nothing sent twice (Kie saw exactly the creates we expect) and nothing paid twice
// (one hold per task, settled once, and the budget counters equal the sum of the holds).
import fs from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import type { Stack } from "./stack";

const TERMINAL = ["succeeded", "failed", "canceled"];

/** Temp files of unfinished writes anywhere under local storage. */
export function partialFiles(dataDir: string): string[] {
  const dir = path.join(dataDir, "storage");
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => path.basename(f).includes(".part-"));
}

export async function expectNothingLostOrPaidTwice(
  stack: Stack,
  opts: { taskIds: string[]; creates: number; createsBefore?: number },
) {
  const { db } = stack.lib;
  const tasks = await db.task.findMany({ where: { id: { in: opts.taskIds } }, include: { assets: true } });
  expect(tasks).toHaveLength(opts.taskIds.length);
  for (const t of tasks) {
    expect(TERMINAL, `${t.operationId}: ${t.state} ${t.statusNote ?? ""}`).toContain(t.state);
    if (t.state !== "succeeded") continue;
    expect(t.assets.length, t.operationId).toBeGreaterThan(0);
    for (const a of t.assets) await stack.expectMirrored(a.id);
  }
  expect(stack.h.sim.stats().createsTotal - (opts.createsBefore ?? 0)).toBe(opts.creates);

  const holds = await db.budgetHold.findMany({ where: { taskId: { in: opts.taskIds } } });
  expect(holds).toHaveLength(opts.taskIds.length);
  for (const h of holds) expect(h.state, h.taskId).not.toBe("held");
  await expectCountersMatchHolds(stack);
  expect(partialFiles(stack.h.dataDir)).toEqual([]);
  return tasks;
}

/** The user's budget counters are exactly what its holds stand for: none was counted twice. */
async function expectCountersMatchHolds(stack: Stack) {
  const { db } = stack.lib;
  const budget = await db.budget.findUniqueOrThrow({
    where: { scope_scopeId: { scope: "user", scopeId: stack.userId } },
  });
  const holds = await db.budgetHold.findMany({ where: { userId: stack.userId } });
  const standing = holds.reduce((sum, h) => sum + (h.state === "held" ? h.amount : (h.charged ?? 0)), 0);
  expect(budget.dayUsed).toBeCloseTo(standing, 6);
  expect(budget.monthUsed).toBeCloseTo(standing, 6);
}
