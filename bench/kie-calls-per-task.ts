/**
 * Kie calls (creates + status reads) per completed task, with and without callbacks, for a Suno
 * song, a Market image and a Veo video, counted by the simulator (standing in for Kie) while the
 * app's own reconciler loop runs at production pacing (POLL_BASE_MS 2500, simulator timeScale 1).
 * Run: npx tsx --conditions=react-server bench/kie-calls-per-task.ts
 *
 * Each mode runs in its own process because the environment is read once at start-up: "callbacks"
 * gives Kie a reachable APP_URL (KIE_CALLBACKS=on), so polling is only a slow safety net; "polling
 * only" one Kie cannot reach (KIE_CALLBACKS=off; Suno still sends its mandatory callBackUrl, but
 * nothing arrives), so the reconciler learns only by polling.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { printHeader, printTable, seconds, waitFor } from "./lib/report";
import { listenCallbackReceiver, startBenchStack } from "./lib/stack";

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
  console.log("\nWith callbacks each one makes the reconciler read the status once (results are never taken");
  console.log("from the callback itself); its own polls are spaced ×4 as a safety net for a lost callback.");
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
  const receiver = mode === "callbacks" ? await listenCallbackReceiver() : undefined;
  const stack = await startBenchStack({
    timeScale: 1,
    // Port 9 (discard) refuses connections: Kie's callbacks never arrive.
    env: {
      APP_URL: receiver?.appUrl ?? "http://127.0.0.1:9",
      KIE_CALLBACKS: mode === "callbacks" ? "on" : "off",
      POLL_BASE_MS: "2500",
    },
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
