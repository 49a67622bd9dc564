/**
 * `GET /api/v1/tasks/:id` latency at N connections: the route's steps (PAT auth, id check, DAL, JSON; see bench/lib/stack.ts)
 * mounted in lib/node/serve-fetch's HTTP server instead of a full Next server, loaded by a small
 * closed-loop client (autocannon is not a dependency): N keep-alive connections, each sending its
 * next request as soon as the previous answer is read, for a fixed duration.
 * Run: npx tsx --conditions=react-server bench/task-api.ts [connections=100] [seconds=10]
 */
import http from "node:http";
import { performance } from "node:perf_hooks";
import { ms, percentile, printHeader, printTable, waitFor } from "./lib/report";
import { personalAccessToken, serveTaskRoute, startBenchStack } from "./lib/stack";

const connections = Number(process.argv[2] ?? 100);
const durationS = Number(process.argv[3] ?? 10);

printHeader(
  "task-api.ts",
  `${connections} ${durationS}`,
  `GET /api/v1/tasks/:id, ${connections} connections for ${durationS} s (route steps over node:http, no Next)`,
);

const stack = await startBenchStack({ timeScale: 0.02, env: { POLL_BASE_MS: "150" } });
stack.startReconciler();
// A finished Suno song: two mirrored takes, the richest common answer.
const task = await stack.submitExample("music.generate");
await waitFor("the task to succeed", async () => (await stack.taskState(task.id)) === "succeeded", 60_000);
const route = await serveTaskRoute();
const token = await personalAccessToken(stack.userId);

const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
const options = {
  host: "127.0.0.1",
  port: route.port,
  path: `/api/v1/tasks/${task.id}`,
  agent,
  headers: { authorization: `Bearer ${token}` },
};

function once(): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    http
      .get(options, (res) => {
        let bytes = 0;
        res.on("data", (chunk: Buffer) => {
          bytes += chunk.length;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, bytes }));
        res.on("error", reject);
      })
      .on("error", reject);
  });
}

// Warm up the route, Prisma and the connections before measuring.
await Promise.all(Array.from({ length: connections }, once));

const latencies: number[] = [];
let errors = 0;
let bytes = 0;
const t0 = performance.now();
const until = t0 + durationS * 1000;
await Promise.all(
  Array.from({ length: connections }, async () => {
    while (performance.now() < until) {
      const a = performance.now();
      try {
        const r = await once();
        bytes = r.bytes;
        if (r.status !== 200) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - a);
    }
  }),
);
const elapsed = (performance.now() - t0) / 1000;

printTable(
  ["measure", "value"],
  [
    ["requests", latencies.length],
    ["non-200 or failed", errors],
    ["throughput", `${(latencies.length / elapsed).toFixed(0)} req/s`],
    ["latency p50", ms(percentile(latencies, 50))],
    ["latency p99", ms(percentile(latencies, 99))],
    ["latency max", ms(Math.max(...latencies))],
    ["answer size", `${bytes} bytes`],
  ],
);

agent.destroy();
await route.close();
await stack.close();
process.exit(0);
