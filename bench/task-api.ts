/**
 * `GET /api/v1/tasks/:id` latency at N connections, measured with autocannon against the real
 * studio (`npm start`: Next production server, demo mode, SQLite) on this machine. The task is a
 * finished Suno song with two mirrored takes (the richest common answer); the caller sends a
 * personal access token, as API clients do.
 * Run: npx tsx --conditions=react-server bench/task-api.ts [connections=100] [seconds=10]
 */
import autocannon from "autocannon";
import { demoToken, startAppServer, submitTask } from "./lib/app-server";
import { ms, printHeader, printTable, waitFor } from "./lib/report";

const connections = Number(process.argv[2] ?? 100);
const durationS = Number(process.argv[3] ?? 10);

printHeader(
  "task-api.ts",
  `${connections} ${durationS}`,
  `GET /api/v1/tasks/:id on the real studio (next start), autocannon, ${connections} connections for ${durationS} s`,
);

const app = await startAppServer({ KIE_SIM_TIME_SCALE: "0.05", POLL_BASE_MS: "200" });
try {
  const token = await demoToken(app);
  const headers = { authorization: `Bearer ${token}` };
  const taskId = await submitTask(app, token, "music.generate", {
    customMode: false,
    instrumental: false,
    model: "V5",
    prompt: "a bench song about latency",
  });
  const taskUrl = `${app.url}/api/v1/tasks/${taskId}`;
  await waitFor(
    "the song to finish",
    async () => {
      const view = (await (await fetch(taskUrl, { headers })).json()) as { task: { state: string } };
      return view.task.state === "succeeded";
    },
    120_000,
  );

  // Warm-up: compile paths, fill connection pools, let the JIT settle.
  await autocannon({ url: taskUrl, headers, connections, duration: 3 });
  const result = await autocannon({ url: taskUrl, headers, connections, duration: durationS });
  const answer = await (await fetch(taskUrl, { headers })).text();

  printTable(
    ["measure", "value"],
    [
      ["requests", result.requests.total],
      ["non-2xx / errors / timeouts", `${result.non2xx} / ${result.errors} / ${result.timeouts}`],
      ["throughput", `${result.requests.average.toFixed(0)} req/s`],
      ["latency p50", ms(result.latency.p50)],
      ["latency p99", ms(result.latency.p99)],
      ["latency max", ms(result.latency.max)],
      ["answer size", `${Buffer.byteLength(answer)} bytes`],
    ],
  );
} finally {
  await app.stop();
}
process.exit(0);
