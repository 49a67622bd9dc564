import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { createSimulator, type Simulator, type SimulatorOptions } from "@/lib/kie/simulator";
import { listenFetch } from "@/lib/node/serve-fetch";
import { createTestDatabase } from "./postgres";

/** `TEST_DB=postgres` (the integration-pg project) runs the suite on PostgreSQL. */
export const testDb: "sqlite" | "postgres" = process.env.TEST_DB === "postgres" ? "postgres" : "sqlite";

export type Harness = {
  sim: Simulator;
  simUrl: string;
  dataDir: string;
  /** DATABASE_URL of this harness's fresh database (file: on SQLite, postgresql:// on PostgreSQL). */
  databaseUrl: string;
  close: () => Promise<void>;
};

/**
 * A real stack without Next: the simulator on its own port (as live Kie would be), a fresh SQLite
 * (or, with TEST_DB=postgres, PostgreSQL) database migrated with the real migrations, and a
 * callback receiver wired to the real route logic.
 * Must run before any `@/lib/*` module that reads the environment is imported.
 */
export async function startHarness(
  opts: { timeScale?: number; hmacKey?: string; createLimit?: SimulatorOptions["createLimit"] } = {},
): Promise<Harness> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kie-int-"));
  let sim: Simulator | undefined;
  const simServer = await listenFetch((req) => sim!.handle(req));
  const simUrl = `http://127.0.0.1:${simServer.port}`;
  sim = createSimulator({
    basePath: "",
    publicBaseUrl: simUrl,
    timeScale: opts.timeScale ?? 0.02,
    hmacKey: opts.hmacKey,
    createLimit: opts.createLimit,
  });

  const callbacks = await listenFetch(async (req) => {
    const token = new URL(req.url).pathname.match(/^\/api\/kie\/callback\/([^/]+)$/)?.[1];
    if (!token || req.method !== "POST") return new Response("not found", { status: 404 });
    const { POST } = await import("@/app/api/kie/callback/[token]/route");
    return POST(req, { params: Promise.resolve({ token }) });
  });

  Object.assign(process.env, {
    DATA_DIR: dataDir,
    KIE_API_KEY: "sk-integration-test-key",
    KIE_BASE_URL: simUrl,
    KIE_UPLOAD_BASE_URL: `${simUrl}/upload`,
    APP_URL: `http://127.0.0.1:${callbacks.port}`,
    POLL_BASE_MS: "150",
    RECONCILER: "off",
    ...(opts.hmacKey ? { KIE_WEBHOOK_HMAC_KEY: opts.hmacKey } : {}),
  });
  const postgres = testDb === "postgres" ? await createTestDatabase(inject("postgresServerUrl")) : undefined;
  const databaseUrl = postgres?.url ?? `file:${path.join(dataDir, "studio.db")}`;
  process.env.DATABASE_URL = databaseUrl;
  if (!postgres)
    execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
      env: { ...process.env, DATA_DIR: dataDir },
      stdio: "pipe",
    });
  return {
    sim,
    simUrl,
    dataDir,
    databaseUrl,
    close: async () => {
      await postgres?.drop();
      sim?.close();
      await simServer.close();
      await callbacks.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Runs reconciler passes until `done()` or the deadline. */
export async function drive(
  pass: () => Promise<void>,
  done: () => Promise<boolean>,
  timeoutMs = 20_000,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    await pass();
    if (await done()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("timed out waiting for the tasks to finish");
}
