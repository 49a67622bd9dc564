// kill -9 of the app, twice: once while a status read is in flight, once while a result is being
// downloaded. A fresh process then finishes everything: nothing lost, sent twice, paid twice or left
// half-written. Runs on SQLite (one app process at a time) and on PostgreSQL.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNothingLostOrPaidTwice, partialFiles } from "../support/invariants";
import { type Stack, startStack } from "../support/stack";

// Short enough that the next process takes over quickly; the dead one's lease must run out first.
const LEASE_MS = 1500;

let stack: Stack;
const children = new Set<ChildProcess>();

beforeAll(async () => {
  process.env.TASK_LEASE_MS = String(LEASE_MS);
  stack = await startStack("crash-resume@example.com", { timeScale: 0.05 });
});

afterAll(async () => {
  for (const child of children) child.kill("SIGKILL");
  await stack?.close();
  delete process.env.TASK_LEASE_MS;
});

type App = {
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: string | null }>;
  log: () => string;
};

/** The app's reconciler in its own process (tests/support/app-process.ts), as the server runs it. */
function startApp(): App {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "--conditions=react-server", "tests/support/app-process.ts"],
    {
      env: { ...process.env, RECONCILER: "on", RECONCILE_INTERVAL_MS: "100", WORKER_DEADLINE_MS: "40000" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  children.add(child);
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.on("exit", (code, signal) => {
      children.delete(child);
      resolve({ code, signal });
    }),
  );
  return { child, exited, log: () => output };
}

async function killNow(app: App) {
  app.child.kill("SIGKILL");
  expect((await app.exited).signal).toBe("SIGKILL");
}

async function waitFor(what: string, check: () => boolean | Promise<boolean>, app: App, ms = 30_000) {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}\n${app.log()}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** The temp file of the video's download, once it holds some bytes. */
async function halfWrittenVideo(taskId: string): Promise<string | undefined> {
  const asset = await stack.lib.db.asset.findFirst({ where: { taskId } });
  const file = asset && partialFiles(stack.h.dataDir).find((f) => f.includes(asset.id));
  if (!file) return undefined;
  const size = fs.statSync(path.join(stack.h.dataDir, "storage", file), { throwIfNoEntry: false })?.size;
  return size ? file : undefined;
}

async function fault(body: { path: string; code: string; times: number; method?: string }) {
  const res = await fetch(`${stack.h.simUrl}/__sim/faults`, {
    method: "POST",
    body: JSON.stringify(body),
    headers: { "content-type": "application/json" },
  });
  expect(res.ok).toBe(true);
}

describe("kill -9 of the app process", () => {
  it("mid-poll and mid-download: a fresh process finishes every task once, saved whole", async () => {
    const { db, submitTask } = stack.lib;
    const submitted = await Promise.all([
      submitTask(stack.userId, {
        operationId: "music.generate",
        input: {
          customMode: false,
          instrumental: false,
          model: "V5",
          prompt: "a song that survives a crash",
        },
      }),
      submitTask(stack.userId, { operationId: "image.market.nano-banana", input: { prompt: "a phoenix" } }),
      submitTask(stack.userId, {
        operationId: "video.veo.generate",
        input: { prompt: "a boat crossing a storm", model: "veo3_lite", aspect_ratio: "16:9" },
      }),
    ]);
    const taskIds = submitted.map((s) => s.task.id);
    const videoId = taskIds[2];
    const video = () => db.task.findUniqueOrThrow({ where: { id: videoId } });

    // (a) The video's status read never answers: the process is killed while it waits.
    await fault({ path: "/api/v1/veo/record-info", code: "hang", times: 1, method: "GET" });
    const first = startApp();
    await waitFor("a status read held open", () => stack.h.sim.stats().held.hang === 1, first);
    const leased = await video();
    expect(leased.leaseOwner).toBeTruthy();
    expect(leased.leaseUntil!.getTime()).toBeGreaterThan(Date.now());
    expect(stack.h.sim.stats().createsTotal).toBe(3);
    await killNow(first);

    // (b) The next process polls the video once the dead one's lease has run out; its file arrives
    // slowly and the process is killed with the download half done.
    const { kieTaskId } = await video();
    await fault({ path: `/media/${kieTaskId}-*`, code: "trickle=20000", times: 1, method: "GET" });
    const second = startApp();
    await waitFor(
      "the video's download in progress",
      async () => stack.h.sim.stats().held.trickle === 1 && (await halfWrittenVideo(videoId)) !== undefined,
      second,
    );
    const tookOver = await video();
    expect(tookOver.leaseOwner).toBeTruthy();
    expect(tookOver.leaseOwner).not.toBe(leased.leaseOwner);
    await killNow(second);
    // Left behind by the dead process (other results may have been mid-write too).
    expect(await halfWrittenVideo(videoId)).toBeDefined();
    expect(await db.asset.findFirstOrThrow({ where: { taskId: videoId } })).toMatchObject({
      status: "pending",
      attempts: 0,
    });

    // A third process finishes everything; its sweep removes what the killed download left.
    const third = startApp();
    expect(await third.exited, third.log()).toEqual({ code: 0, signal: null });

    const tasks = await expectNothingLostOrPaidTwice(stack, { taskIds, creates: 3 });
    for (const t of tasks) expect(t.state, `${t.operationId}: ${t.errorMessage}`).toBe("succeeded");
    const stats = stack.h.sim.stats();
    expect(stats.requests["POST /api/v1/generate"]).toBe(1);
    expect(stats.requests["POST /api/v1/jobs/createTask"]).toBe(1);
    expect(stats.requests["POST /api/v1/veo/generate"]).toBe(1);
    expect(stats.requests["GET /api/v1/veo/record-info"]).toBeGreaterThanOrEqual(3);
    expect(stats.held).toEqual({ hang: 0, delay: 0, trickle: 0 });
  }, 60_000);
});
