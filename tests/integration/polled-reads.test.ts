// The reads that pollers hammer (token checks, the task view) are reused for a second; writes in
// this process that must show at once (revoke, disable, cancel) forget them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Stack, startStack } from "../support/stack";

let stack: Stack;
let tokens: typeof import("@/lib/people/tokens");
let polledTask: typeof import("@/lib/dal/polled-task").polledTask;
let setUserDisabled: typeof import("@/lib/admin/users").setUserDisabled;
let cancelTask: typeof import("@/lib/tasks/cancel").cancelTask;

beforeAll(async () => {
  stack = await startStack("polled-reads@example.com");
  tokens = await import("@/lib/people/tokens");
  ({ polledTask } = await import("@/lib/dal/polled-task"));
  ({ setUserDisabled } = await import("@/lib/admin/users"));
  ({ cancelTask } = await import("@/lib/tasks/cancel"));
});

afterAll(async () => {
  await stack?.close();
});

const lastUsedAt = async (id: string) =>
  (await stack.lib.db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt?.getTime();

describe("token checks", () => {
  it("stamp lastUsedAt once a minute, not on every request", async () => {
    const { id, token } = await tokens.createPersonalAccessToken(stack.userId, "stamp");
    const t0 = new Date("2026-11-21T10:00:00Z");
    await tokens.verifyPersonalAccessToken(token, t0);
    expect(await lastUsedAt(id)).toBe(t0.getTime());
    await tokens.verifyPersonalAccessToken(token, new Date(t0.getTime() + 30_000));
    expect(await lastUsedAt(id)).toBe(t0.getTime());
    const later = new Date(t0.getTime() + 61_000);
    await tokens.verifyPersonalAccessToken(token, later);
    expect(await lastUsedAt(id)).toBe(later.getTime());
  });

  it("stop working at once when the token is revoked", async () => {
    const { id, token } = await tokens.createPersonalAccessToken(stack.userId, "revoke");
    expect((await tokens.verifiedTokens.get(token))?.user.id).toBe(stack.userId);
    expect(await tokens.revokePersonalAccessToken(id, stack.userId)).toBe(true);
    expect(await tokens.verifiedTokens.get(token)).toBeNull();
  });

  it("stop working at once when an admin disables the owner", async () => {
    const admin = await stack.lib.db.user.create({
      data: { email: "polled-admin@example.com", passwordHash: "x", role: "admin" },
    });
    const user = await stack.lib.db.user.create({
      data: { email: "polled-user@example.com", passwordHash: "x" },
    });
    const { token } = await tokens.createPersonalAccessToken(user.id, "disable");
    expect((await tokens.verifiedTokens.get(token))?.user.id).toBe(user.id);
    await setUserDisabled(admin.id, user.id, true);
    expect(await tokens.verifiedTokens.get(token)).toBeNull();
  });
});

describe("the polled task view", () => {
  it("is one read per second however often it is polled, and another user's task stays not found", async () => {
    const { task } = await stack.lib.submitTask(stack.userId, {
      operationId: "image.market.nano-banana",
      input: { prompt: "polled" },
    });
    const first = await polledTask.get(stack.userId, task.id);
    expect(first?.state).toBe("queued");
    await stack.lib.db.task.update({
      where: { id: task.id },
      data: { statusNote: "changed behind the cache" },
    });
    expect(await polledTask.get(stack.userId, task.id)).toBe(first);
    await new Promise((r) => setTimeout(r, 1050));
    expect((await polledTask.get(stack.userId, task.id))?.note).toBe("changed behind the cache");

    const other = await stack.lib.db.user.create({
      data: { email: "polled-other@example.com", passwordHash: "x" },
    });
    expect(await polledTask.get(other.id, task.id)).toBeNull();
  });

  it("shows a cancel at once", async () => {
    const { task } = await stack.lib.submitTask(stack.userId, {
      operationId: "image.market.nano-banana",
      input: { prompt: "cancel me" },
    });
    expect((await polledTask.get(stack.userId, task.id))?.state).toBe("queued");
    await cancelTask(stack.userId, task.id);
    expect((await polledTask.get(stack.userId, task.id))?.state).toBe("canceled");
  });
});
