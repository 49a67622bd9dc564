/**
 * One Veo task watched by N concurrent viewers, each polling our `GET /api/v1/tasks/:id` (the real
 * route handler over HTTP with a personal access token) every second as the UI does while a task
 * is young. Viewers only read our database, so Kie status calls should stay at one per poll
 * interval whatever N is.
 * Run: npx tsx --conditions=react-server bench/viewers.ts [viewers=100]
 */
import { performance } from "node:perf_hooks";
import { ms, percentile, printHeader, printTable, seconds, sleep } from "./lib/report";
import { personalAccessToken, serveTaskRoute, startBenchStack } from "./lib/stack";

const viewers = Number(process.argv[2] ?? 100);
const OPERATION = "video.veo.generate";
const VIEWER_INTERVAL_MS = 1000;
const POLL_BASE_MS = 2500;

printHeader(
  "viewers.ts",
  String(viewers),
  `${viewers} viewers polling GET /api/v1/tasks/:id every ${VIEWER_INTERVAL_MS} ms for one ${OPERATION} task`,
);

const stack = await startBenchStack({ timeScale: 1, env: { POLL_BASE_MS: String(POLL_BASE_MS) } });
const route = await serveTaskRoute();
const token = await personalAccessToken(stack.userId);
stack.startReconciler();

const t0 = performance.now();
const task = await stack.submitExample(OPERATION);
const url = `http://127.0.0.1:${route.port}/api/v1/tasks/${task.id}`;
const latencies: number[] = [];
let failures = 0;

async function viewer(): Promise<void> {
  // Viewers open the page at different moments, as people do.
  await sleep(Math.random() * VIEWER_INTERVAL_MS);
  for (;;) {
    const a = performance.now();
    const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    const body = (await res.json()) as { task?: { state: string } };
    latencies.push(performance.now() - a);
    if (!res.ok) failures++;
    if (["succeeded", "failed", "canceled"].includes(body.task?.state ?? "")) return;
    await sleep(VIEWER_INTERVAL_MS);
  }
}

await Promise.all(Array.from({ length: viewers }, viewer));
const lifeMs = performance.now() - t0;
const { creates, statusReads } = stack.kieCalls(OPERATION);
const final = await stack.db.task.findUniqueOrThrow({ where: { id: task.id } });

printTable(
  ["measure", "value"],
  [
    ["task state", final.state],
    ["task life (submit → terminal)", seconds(lifeMs)],
    ["viewer requests to our API", latencies.length],
    ["  non-2xx answers", failures],
    ["  latency p50 / p99", `${ms(percentile(latencies, 50))} / ${ms(percentile(latencies, 99))}`],
    ["Kie creates", creates],
    ["Kie status reads for the task", statusReads],
    [`  one per ${POLL_BASE_MS} ms would be`, Math.ceil(lifeMs / POLL_BASE_MS)],
  ],
);

await route.close();
await stack.close();
process.exit(0);
