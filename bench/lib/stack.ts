/**
 * The real engine for benchmarks that count Kie calls: the harness (simulator on its own port as
 * live Kie, a fresh migrated SQLite) plus the app's own reconciler loop. Benchmarks of the HTTP API
 * use the real studio instead (bench/lib/app-server.ts).
 */
import { createFetchServer } from "@/lib/node/serve-fetch";
import { startHarness } from "../../tests/support/harness";

export type BenchStackOptions = Parameters<typeof startHarness>[0] & {
  /** Applied after the harness's environment and before any app module reads it. */
  env?: Record<string, string>;
};

export async function startBenchStack(opts: BenchStackOptions = {}) {
  const { env: overrides, ...harnessOpts } = opts;
  const h = await startHarness(harnessOpts);
  // The loop only starts when asked (startReconciler below), but env must allow it at load time.
  Object.assign(process.env, { RECONCILER: "on" }, overrides);
  const [{ db, dbReady }, { submitTask }, { startReconciler }, { getOperation }, { statusFamilies }] =
    await Promise.all([
      import("@/lib/db"),
      import("@/lib/tasks/submit"),
      import("@/lib/tasks/reconciler"),
      import("@/lib/ops/registry"),
      import("@/lib/ops/status"),
    ]);
  await dbReady();
  const userId = (await db.user.create({ data: { email: "bench@example.com", passwordHash: "x" } })).id;

  /** Kie calls the simulator saw for one operation's endpoints (creates and status reads). */
  const kieCalls = (operationId: string) => {
    const op = getOperation(operationId);
    if (!op) throw new Error(`unknown operation ${operationId}`);
    const family = statusFamilies[op.status];
    const requests = h.sim.stats().requests;
    return {
      creates: requests[`${op.request.method} ${op.request.path}`] ?? 0,
      statusReads: family?.pollPath ? (requests[`GET ${family.pollPath}`] ?? 0) : 0,
    };
  };

  const submitExample = async (operationId: string, idempotencyKey?: string) => {
    const op = getOperation(operationId);
    if (!op) throw new Error(`unknown operation ${operationId}`);
    return (await submitTask(userId, { operationId, input: op.example, idempotencyKey })).task;
  };

  const taskState = async (id: string) => (await db.task.findUniqueOrThrow({ where: { id } })).state;

  return {
    h,
    db,
    userId,
    submitExample,
    kieCalls,
    taskState,
    /** The production loop (RECONCILER=on): interval passes plus wake-ups from submits and callbacks. */
    startReconciler,
    close: async () => {
      await db.$disconnect();
      await h.close();
    },
  };
}

export type BenchStack = Awaited<ReturnType<typeof startBenchStack>>;

/** The app's callback route on its own port: APP_URL for a run where Kie's callbacks arrive. */
export async function listenCallbackReceiver(): Promise<{
  appUrl: string;
  close: () => Promise<void>;
}> {
  const server = createFetchServer(() => async (req) => {
    const token = new URL(req.url).pathname.match(/^\/api\/kie\/callback\/([^/]+)$/)?.[1];
    if (!token || req.method !== "POST") return new Response("not found", { status: 404 });
    const { POST } = await import("@/app/api/kie/callback/[token]/route");
    return POST(req, { params: Promise.resolve({ token }) });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    appUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
