/**
 * The real studio for benchmarks: `npm start` (migrate, demo seed, build when sources changed,
 * `next start`) in demo mode on a free port with a throwaway data folder.
 */
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { sleep } from "./report";

export type AppServer = { url: string; dataDir: string; stop: () => Promise<void> };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

export async function startAppServer(env: Record<string, string> = {}): Promise<AppServer> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kie-bench-"));
  const url = `http://127.0.0.1:${port}`;
  // Demo mode on a fresh SQLite file whatever the caller's shell holds.
  const { KIE_API_KEY: _key, DATABASE_URL: _url, ...inherited } = process.env;
  const child: ChildProcess = spawn(
    path.resolve("node_modules/.bin/tsx"),
    ["--conditions=react-server", "scripts/start.ts"],
    {
      env: {
        ...inherited,
        PORT: String(port),
        DATA_DIR: dataDir,
        APP_URL: url,
        NEXT_TELEMETRY_DISABLED: "1",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    },
  );
  let log = "";
  child.stdout?.on("data", (d) => (log += d));
  child.stderr?.on("data", (d) => (log += d));
  const stop = async () => {
    if (child.exitCode === null && child.pid) process.kill(-child.pid, "SIGTERM");
    await new Promise((r) => (child.exitCode === null ? child.once("exit", r) : r(null)));
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const until = Date.now() + 15 * 60_000; // a first start builds the app
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the studio exited (${child.exitCode}):\n${log}`);
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { url, dataDir, stop };
    if (Date.now() > until) {
      await stop();
      throw new Error(`the studio did not start in time:\n${log}`);
    }
    await sleep(250);
  }
}

/** A personal access token for the demo account, minted in the studio's own database. */
export async function demoToken(app: AppServer): Promise<string> {
  process.env.DATA_DIR = app.dataDir;
  const [{ dbReady, db }, { createPersonalAccessToken }] = await Promise.all([
    import("@/lib/db"),
    import("@/lib/people/tokens"),
  ]);
  await dbReady();
  const demo = await db.user.findFirstOrThrow({ orderBy: { createdAt: "asc" } });
  const { token } = await createPersonalAccessToken(demo.id, "bench");
  await db.$disconnect();
  return token;
}

/** Submits through the JSON API as a client would; answers the new task's id. */
export async function submitTask(
  app: AppServer,
  token: string,
  operationId: string,
  input: Record<string, unknown>,
): Promise<string> {
  const res = await fetch(`${app.url}/api/v1/tasks`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ operationId, input }),
  });
  if (!res.ok) throw new Error(`submit failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { task: { id: string } }).task.id;
}

/** The embedded simulator's request counts (demo mode): what "Kie" saw. */
export async function simulatorRequests(app: AppServer): Promise<Record<string, number>> {
  const res = await fetch(`${app.url}/api/kie-sim/__sim/stats`);
  return ((await res.json()) as { requests: Record<string, number> }).requests;
}
