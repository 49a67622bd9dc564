/**
 * Kie calls (creates + status reads) per completed task, with and without callbacks, for a Suno
 * song, a Market image and a Veo video, counted by the simulator (standing in for Kie) while the
 * app's own reconciler loop runs at production pacing (POLL_BASE_MS 2500, simulator timeScale 1).
 * Run: npx tsx --conditions=react-server bench/kie-calls-per-task.ts
 *
 * Each mode runs in its own process because the environment (APP_URL) is read once at start-up:
 * "callbacks" gives Kie a reachable APP_URL, "polling only" one Kie cannot reach (Suno still sends
 * its mandatory callBackUrl, but nothing arrives), so the reconciler learns only by polling.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { printHeader, printTable, seconds, waitFor } from "./lib/report";
import { listenPublicLookingCallbacks, startBenchStack } from "./lib/stack";

const OPERATIONS = [
  ["Suno song", "music.generate"],
  ["image (nano-banana)", "image.market.nano-banana"],
  ["Veo video", "video.veo.generate"],
] as const;
const MODES = ["callbacks", "polling"] as const;
type Mode = (typeof MODES)[number];
type Row = {
  label: string;
  creates: number;
  statusReads: number;
  callbacks: number;
  lifeMs: number;
  state: string;
};

const childMode = process.argv.find((a) => a.startsWith("--mode="))?.slice("--mode=".length) as
  | Mode
  | undefined;

if (childMode) {
  process.stdout.write(`${JSON.stringify(await measure(childMode))}\n`);
  process.exit(0);
} else {
  printHeader(
    "kie-calls-per-task.ts",
    "",
    "Kie calls per completed task (simulator request counts; app reconciler at production pacing)",
  );
  const results: Record<Mode, Row[]> = { callbacks: [], polling: [] };
  for (const mode of MODES) results[mode] = await runChild(mode);
  const rows = OPERATIONS.map(([label], i) => {
    const withCb = results.callbacks[i];
    const without = results.polling[i];
    return [
      label,
      `${withCb.creates}+${withCb.statusReads} = ${withCb.creates + withCb.statusReads}`,
      `${withCb.callbacks}`,
      seconds(withCb.lifeMs),
      `${without.creates}+${without.statusReads} = ${without.creates + without.statusReads}`,
      seconds(without.lifeMs),
    ];
  });
  printTable(
    ["task", "with callbacks: create+reads", "callbacks in", "life", "polling only: create+reads", "life"],
    rows,
  );
  const notDone = [...results.callbacks, ...results.polling].filter((r) => r.state !== "succeeded");
  if (notDone.length)
    console.log(`\nnot succeeded: ${notDone.map((r) => `${r.label} (${r.state})`).join(", ")}`);
  console.log("\nA callback only makes the reconciler look now; it still polls on its age-based backoff, so");
  console.log("callbacks shorten the time to a result rather than removing status reads.");
}

function runChild(mode: Mode): Promise<Row[]> {
  const script = fileURLToPath(import.meta.url);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, script, `--mode=${mode}`], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
    });
    child.on("exit", (code) => {
      const last = out.trim().split("\n").at(-1) ?? "";
      if (code === 0 && last.startsWith("[")) resolve(JSON.parse(last) as Row[]);
      else reject(new Error(`${mode} run failed (exit ${code}): ${out}`));
    });
  });
}

async function measure(mode: Mode): Promise<Row[]> {
  const receiver = mode === "callbacks" ? await listenPublicLookingCallbacks() : undefined;
  const stack = await startBenchStack({
    timeScale: 1,
    // Port 9 (discard) refuses connections: Kie's callbacks never arrive.
    env: { APP_URL: receiver?.appUrl ?? "http://127.0.0.1:9", POLL_BASE_MS: "2500" },
  });
  stack.startReconciler();
  const rows = await Promise.all(
    OPERATIONS.map(async ([label, operationId]) => {
      const t0 = Date.now();
      const task = await stack.submitExample(operationId);
      await waitFor(
        `${label} to finish`,
        async () => ["succeeded", "failed", "canceled"].includes(await stack.taskState(task.id)),
        120_000,
      );
      const lifeMs = Date.now() - t0;
      const done = await stack.db.task.findUniqueOrThrow({ where: { id: task.id } });
      const callbacks = stack.h.sim.stats().callbacksByTask[done.kieTaskId ?? ""]?.length ?? 0;
      return { label, ...stack.kieCalls(operationId), callbacks, lifeMs, state: done.state };
    }),
  );
  await receiver?.close();
  await stack.close();
  return rows;
}
