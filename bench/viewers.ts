/**
 * One Veo task watched by N concurrent viewers, each polling `GET /api/v1/tasks/:id` every second
 * as the UI does while a task is young, on the real studio (`npm start`, demo mode, simulator at
 * realistic pace, production poll pacing). Viewers only read our database, so Kie status calls
 * stay at the reconciler's own pace whatever N is.
 * Run: npx tsx --conditions=react-server bench/viewers.ts [viewers=100]
 */
import { performance } from "node:perf_hooks";
import { demoToken, simulatorRequests, startAppServer, submitTask } from "./lib/app-server";
import { ms, percentile, printHeader, printTable, seconds, sleep } from "./lib/report";

const viewers = Number(process.argv[2] ?? 100);
const VIEWER_INTERVAL_MS = 1000;
const POLL_BASE_MS = 2500;

printHeader(
  "viewers.ts",
  String(viewers),
  `${viewers} viewers polling GET /api/v1/tasks/:id every ${VIEWER_INTERVAL_MS} ms for one Veo 3.1 task`,
);

const app = await startAppServer({ KIE_SIM_TIME_SCALE: "1", POLL_BASE_MS: String(POLL_BASE_MS) });
try {
  const token = await demoToken(app);
  const t0 = performance.now();
  const taskId = await submitTask(app, token, "video.veo.generate", {
    prompt: "a lighthouse at dusk, slow dolly in",
    aspect_ratio: "16:9",
  });
  const url = `${app.url}/api/v1/tasks/${taskId}`;
  const latencies: number[] = [];
  let failures = 0;
  let finalState = "";

  const viewer = async (): Promise<void> => {
    // Viewers open the page at different moments, as people do.
    await sleep(Math.random() * VIEWER_INTERVAL_MS);
    for (;;) {
      const a = performance.now();
      const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
      const body = (await res.json()) as { task?: { state: string } };
      latencies.push(performance.now() - a);
      if (!res.ok) failures++;
      if (["succeeded", "failed", "canceled"].includes(body.task?.state ?? "")) {
        finalState = body.task?.state ?? "";
        return;
      }
      await sleep(VIEWER_INTERVAL_MS);
    }
  };
  await Promise.all(Array.from({ length: viewers }, viewer));
  const lifeMs = performance.now() - t0;
  const requests = await simulatorRequests(app);

  printTable(
    ["measure", "value"],
    [
      ["task state", finalState],
      ["task life (submit → terminal)", seconds(lifeMs)],
      ["viewer requests to our API", latencies.length],
      ["  non-2xx answers", failures],
      ["  latency p50 / p99", `${ms(percentile(latencies, 50))} / ${ms(percentile(latencies, 99))}`],
      ["Kie creates", requests["POST /api/v1/veo/generate"] ?? 0],
      ["Kie status reads for the task", requests["GET /api/v1/veo/record-info"] ?? 0],
      [`  one per ${POLL_BASE_MS} ms would be`, Math.ceil(lifeMs / POLL_BASE_MS)],
    ],
  );
} finally {
  await app.stop();
}
process.exit(0);
