/**
 * N simultaneous submissions against Kie's create limit (the simulator enforces 20 creates per
 * 10 s like Kie; the app keeps its default margin of 18). Counts the 429s the simulator answered
 * (target 0) and how long the reconciler takes to send all N and to see them all succeed.
 * Run: npx tsx --conditions=react-server bench/burst.ts [submissions=200]
 */
import { performance } from "node:perf_hooks";
import { printHeader, printTable, seconds, waitFor } from "./lib/report";
import { startBenchStack } from "./lib/stack";

const total = Number(process.argv[2] ?? 200);
const OPERATION = "image.market.nano-banana";

printHeader(
  "burst.ts",
  String(total),
  `${total} simultaneous ${OPERATION} submissions against a 20 per 10 s limit`,
);

// Fast simulated generation so the drain is bounded by the create limit, not by Kie's work.
const stack = await startBenchStack({
  timeScale: 0.02,
  createLimit: { max: 20, windowMs: 10_000 },
  env: { POLL_BASE_MS: "500" },
});
stack.startReconciler();

const t0 = performance.now();
const tasks = await Promise.all(
  Array.from({ length: total }, (_, i) => stack.submitExample(OPERATION, `bench-burst-${i}`)),
);
const acceptedMs = performance.now() - t0;
const ids = tasks.map((t) => t.id);
const count = (states: string[]) =>
  stack.db.task.count({ where: { id: { in: ids }, state: { in: states } } });

let sentMs = 0;
await waitFor(
  "every task to be sent",
  async () => {
    const sent = (await count(["queued", "submitting"])) === 0;
    if (sent && !sentMs) sentMs = performance.now() - t0;
    return sent;
  },
  30 * 60_000,
);
await waitFor(
  "every task to finish",
  async () => (await count(["succeeded", "failed"])) === total,
  10 * 60_000,
);
const doneMs = performance.now() - t0;
const stats = stack.h.sim.stats();

printTable(
  ["measure", "value"],
  [
    ["submissions accepted (rows written)", `${total} in ${seconds(acceptedMs)}`],
    ["Kie creates", stack.kieCalls(OPERATION).creates],
    ["Kie 429 answers", stats.throttled],
    ["all sent to Kie (none queued)", seconds(sentMs)],
    ["  at the limit would take ≥", seconds(Math.ceil(total / 20 - 1) * 10_000)],
    ["all succeeded", seconds(doneMs)],
    ["succeeded / failed", `${await count(["succeeded"])} / ${await count(["failed"])}`],
  ],
);

await stack.close();
process.exit(0);
