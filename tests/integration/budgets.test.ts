import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type Stack, startStack } from "../support/stack";

let stack: Stack;
let db: Stack["lib"]["db"];
let userId: string;
let budgets: typeof import("@/lib/budgets/manage");
let balance: typeof import("@/lib/admin/balance");
let overview: typeof import("@/lib/admin/overview");
let switches: typeof import("@/lib/admin/switches");

const NANO = "image.market.nano-banana"; // estimate 4 credits; the simulator charges 4 and reports it

beforeAll(async () => {
  stack = await startStack("budgets@example.com");
  ({ userId } = stack);
  ({ db } = stack.lib);
  [budgets, balance, overview, switches] = await Promise.all([
    import("@/lib/budgets/manage"),
    import("@/lib/admin/balance"),
    import("@/lib/admin/overview"),
    import("@/lib/admin/switches"),
  ]);
});

afterAll(async () => {
  await stack?.close();
});

const usage = async (id = userId) =>
  (await budgets.budgetStandingFor({ scope: "user", scopeId: id })).day.used;
const hold = (taskId: string) => db.budgetHold.findUniqueOrThrow({ where: { taskId } });
const creates = () => stack.h.sim.stats().requests["POST /api/v1/jobs/createTask"] ?? 0;

async function newUser(email: string) {
  return (await db.user.create({ data: { email, passwordHash: "x" } })).id;
}

async function submitNano(id: string, prompt: string) {
  return stack.lib.submitTask(id, { operationId: NANO, input: { prompt } });
}

describe("ledger: hold → settle → release, with the simulator reporting charges", () => {
  it("holds the estimate at submit, then settles to Kie's reported charge (usage moves by charged − estimate)", async () => {
    const { task } = await submitNano(userId, "a lighthouse made of glass");
    expect(task.costEstimate).toBe(4);
    expect(await hold(task.id)).toMatchObject({ state: "held", amount: 4 });
    expect(await usage()).toBe(4);

    // Pretend the estimate had been 10 (an outdated price): the settlement must correct usage.
    await db.budgetHold.update({ where: { taskId: task.id }, data: { amount: 10 } });
    await db.budget.updateMany({
      where: { scope: "user", scopeId: userId },
      data: { dayUsed: { increment: 6 }, monthUsed: { increment: 6 } },
    });
    expect(await usage()).toBe(10);

    const view = await stack.runToEnd(task.id);
    expect(view?.state).toBe("succeeded");
    const row = await db.task.findUniqueOrThrow({ where: { id: task.id } });
    expect(row.creditsCharged).toBe(4);
    expect(await hold(task.id)).toMatchObject({ state: "settled", charged: 4 });
    expect(await usage()).toBe(4);
  });

  it("releases the hold when Kie fails the task and reports no charge", async () => {
    const before = await usage();
    const { task } = await submitNano(userId, "this one breaks [sim:fail]");
    expect(await usage()).toBe(before + 4);
    const view = await stack.runToEnd(task.id);
    expect(view?.state).toBe("failed");
    expect(await hold(task.id)).toMatchObject({ state: "released", charged: 0 });
    expect(await usage()).toBe(before);
  });

  it("releases the hold when Kie refuses the create", async () => {
    await fetch(`${stack.h.simUrl}/__sim/faults`, {
      method: "POST",
      body: JSON.stringify({ path: "/api/v1/jobs/createTask", code: 422, times: 1 }),
      headers: { "content-type": "application/json" },
    });
    const before = await usage();
    const { task } = await submitNano(userId, "refused by Kie");
    const view = await stack.runToEnd(task.id);
    expect(view?.state).toBe("failed");
    expect(await hold(task.id)).toMatchObject({ state: "released" });
    expect(await usage()).toBe(before);
  });
});

describe("budgets", () => {
  it("refuses a submission past the daily budget before Kie is called, saying what is left and when it resets", async () => {
    const id = await newUser("capped@example.com");
    await budgets.setBudget(
      { scope: "user", scopeId: id },
      { dailyCredits: 10, monthlyCredits: null, exempt: false },
      id,
    );
    await submitNano(id, "one");
    await submitNano(id, "two");
    const sent = creates();
    const refused = await submitNano(id, "three").catch((e) => e);
    expect(refused).toMatchObject({ code: "budget_exceeded", status: 402 });
    expect(refused.message).toMatch(/your daily budget has 2 of 10 credits left\. It resets .* UTC \(in /);
    expect(await db.task.count({ where: { userId: id } })).toBe(2);
    expect(creates()).toBe(sent);

    await budgets.setBudget(
      { scope: "user", scopeId: id },
      { dailyCredits: 10, monthlyCredits: null, exempt: true },
      id,
    );
    await expect(submitNano(id, "exempt now")).resolves.toMatchObject({ created: true });
  });

  it("a turned-off operation is refused with a clear message, and works again when turned on", async () => {
    await switches.setOperationEnabled(NANO, false, userId);
    expect(await switches.enabledOperationIds()).not.toContain(NANO);
    await expect(submitNano(userId, "while off")).rejects.toMatchObject({
      code: "operation_disabled",
      status: 403,
      message: expect.stringMatching(/turned off by an administrator/),
    });
    await switches.setOperationEnabled(NANO, true, userId);
    await expect(submitNano(userId, "back on")).resolves.toMatchObject({ created: true });
  });
});

describe("drift check", () => {
  it("flags credits that left Kie's balance with no studio task, with the amount and period", async () => {
    // Let everything submitted so far finish so nothing is in flight across the interval.
    for (const t of await db.task.findMany({ where: { state: { notIn: ["succeeded", "failed"] } } }))
      await stack.runToEnd(t.id);
    const first = await balance.recordBalanceSnapshot("admin");
    const res = await fetch(`${stack.h.simUrl}/__sim/credits`, {
      method: "POST",
      body: JSON.stringify({ balance: first.credits - 100 }),
      headers: { "content-type": "application/json" },
    });
    expect(res.ok).toBe(true);
    const second = await balance.recordBalanceSnapshot("admin");
    expect(second.credits).toBe(first.credits - 100);

    const { drift } = await overview.adminOverview();
    const flagged = drift.filter((d) => d.flagged);
    expect(flagged).toHaveLength(1);
    expect(flagged[0]).toMatchObject({ from: first.takenAt, to: second.takenAt, balanceDrop: 100 });
    expect(flagged[0].unexplained).toBeCloseTo(100);
  });

  it("does not flag a balance drop the ledger explains", async () => {
    const first = await balance.recordBalanceSnapshot("admin");
    const { task } = await submitNano(userId, "a billed task");
    await stack.runToEnd(task.id);
    const second = await balance.recordBalanceSnapshot("admin");
    expect(first.credits - second.credits).toBe(4);
    const { drift } = await overview.adminOverview();
    const last = drift.at(-1);
    expect(last).toMatchObject({ balanceDrop: 4, ledgerSpend: 4, flagged: false });
  });
});

describe("the budget race on SQLite", () => {
  it("50 parallel submissions against a budget for 10 accept exactly 10", async () => {
    const id = await newUser("racer@example.com");
    await budgets.setBudget(
      { scope: "user", scopeId: id },
      { dailyCredits: 40, monthlyCredits: null, exempt: false },
      id,
    );
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) => submitNano(id, `race ${i}`)),
    );
    const accepted = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r) => r.status === "rejected");
    expect(accepted).toHaveLength(10);
    expect(refused).toHaveLength(40);
    for (const r of refused)
      expect((r as PromiseRejectedResult).reason).toMatchObject({ code: "budget_exceeded" });
    expect(await db.task.count({ where: { userId: id } })).toBe(10);
    expect(await db.budgetHold.count({ where: { userId: id, state: "held" } })).toBe(10);
    expect(await usage(id)).toBe(40);
  });
});

describe("ledger CSV export", () => {
  it("streams every task and chat charge to an admin, across pages, and answers 404 to anyone else", async () => {
    // Sessions need Next's runtime (covered end to end); here the guard is reduced to a header.
    vi.doMock("@/lib/admin/guard", () => ({
      adminFromRequest: async (req: Request) =>
        req.headers.get("x-test-admin") === "yes" ? { id: "admin", role: "admin" } : null,
    }));
    const { GET } = await import("@/app/api/v1/admin/ledger/route");
    const bulkUser = await newUser("bulk@example.com");
    await db.task.createMany({
      data: Array.from({ length: 1203 }, (_, i) => ({
        userId: bulkUser,
        operationId: NANO,
        category: "image",
        state: "succeeded",
        input: "{}",
        callbackToken: `bulk-${i}`,
        costEstimate: 4,
        creditsCharged: 4,
      })),
    });
    const conversation = await db.conversation.create({
      data: { userId: bulkUser, title: "t", modelId: "m" },
    });
    await db.chatMessage.create({
      data: {
        conversationId: conversation.id,
        role: "assistant",
        content: "{}",
        modelId: "gpt-5-2",
        creditsConsumed: 0.25,
      },
    });

    const get = (admin: boolean) =>
      GET(
        new Request("http://studio.test/api/v1/admin/ledger", {
          headers: { "x-test-admin": admin ? "yes" : "no" },
        }),
      );
    expect((await get(false)).status).toBe(404);

    const res = await get(true);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    const lines = (await res.text()).split("\r\n").filter(Boolean);
    const total = (await db.task.count()) + 1;
    expect(lines).toHaveLength(1 + total);
    expect(lines.filter((l) => l.includes("bulk@example.com") && l.startsWith("task,"))).toHaveLength(1203);
    expect(lines.at(-1)).toMatch(/^chat,.*,chat:gpt-5-2,chat,done,,0\.25,charged,0\.25,0\.00125$/);
  });
});
