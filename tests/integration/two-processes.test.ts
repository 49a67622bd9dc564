// Two app processes on one PostgreSQL (the integration-pg project only): the lease guards keep
// every task created exactly once, and the shared create limiter keeps Kie's 429s at zero even
// though each process alone would happily send a full window.
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness, testDb } from "../support/harness";

const TASKS = 40;
// Kie's limit scaled down to 20 creates per 2 s; each process is allowed 15 per 2 s (the margin
// absorbs the time between taking a slot and the request arriving). Unshared, two processes would
// send 30 in the first window and meet 429s.
const SIM_LIMIT = { max: 20, windowMs: 2000 };

let h: Harness;
let db: typeof import("@/lib/db").db;
let submitTask: typeof import("@/lib/tasks/submit").submitTask;

beforeAll(async () => {
  if (testDb !== "postgres")
    throw new Error("two-processes.test.ts needs TEST_DB=postgres (project integration-pg)");
  Object.assign(process.env, { KIE_CREATE_LIMIT: "15", KIE_CREATE_WINDOW_MS: String(SIM_LIMIT.windowMs) });
  h = await startHarness({ createLimit: SIM_LIMIT });
  ({ db } = await import("@/lib/db"));
  ({ submitTask } = await import("@/lib/tasks/submit"));
});

afterAll(async () => {
  await db?.$disconnect();
  await h?.close();
});

function appProcess(name: string): Promise<{ code: number | null; output: string }> {
  const child = spawn(
    path.resolve("node_modules/.bin/tsx"),
    ["--conditions=react-server", "tests/support/reconciler-process.ts"],
    { env: { ...process.env, WORKER_DEADLINE_MS: "90000" }, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  return new Promise((resolve) =>
    child.on("exit", (code) => resolve({ code, output: `[${name}] ${output}` })),
  );
}

describe("two app processes sharing one PostgreSQL", () => {
  it(`drain ${TASKS} tasks with no duplicate create and no 429 from Kie`, async () => {
    const userId = (await db.user.create({ data: { email: "two-processes@example.com", passwordHash: "x" } }))
      .id;
    for (let i = 0; i < TASKS; i++)
      await submitTask(userId, {
        operationId: "image.market.nano-banana",
        input: { prompt: `shared queue ${i}` },
      });

    const results = await Promise.all([appProcess("a"), appProcess("b")]);
    for (const r of results) expect(r.code, r.output).toBe(0);

    const tasks = await db.task.findMany({ where: { userId }, include: { assets: true } });
    expect(tasks).toHaveLength(TASKS);
    expect(tasks.filter((t) => t.state !== "succeeded").map((t) => `${t.state}: ${t.errorMessage}`)).toEqual(
      [],
    );
    expect(new Set(tasks.map((t) => t.kieTaskId)).size).toBe(TASKS);
    for (const t of tasks) expect(t.assets.map((a) => a.status)).toEqual(["mirrored"]);

    const stats = h.sim.stats();
    expect(stats.throttled).toBe(0);
    expect(stats.createsTotal).toBe(TASKS);
    expect(stats.requests["POST /api/v1/jobs/createTask"]).toBe(TASKS);
  }, 120_000);
});
