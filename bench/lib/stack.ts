/**
 * The real engine for benchmarks: the harness (simulator on its own port as live Kie, a fresh
 * migrated SQLite, a callback receiver) plus the app's own reconciler loop and, on demand, the
 * real `GET /api/v1/tasks/:id` route handler served over HTTP.
 */
import { createFetchServer, listenFetch } from "@/lib/node/serve-fetch";
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

/**
 * Serves `GET /api/v1/tasks/:id` on 127.0.0.1 (no Next server) with the route's own steps: PAT
 * verification, the id check, the DAL read and the JSON answer. The route module itself cannot be
 * loaded outside Next: its session helper imports next/navigation, whose client context needs a
 * React build the react-server condition does not provide. Only the cookie fallback is left out.
 */
export async function serveTaskRoute() {
  const [
    { verifyPersonalAccessToken },
    { getTaskForUser },
    { handler, json, notFoundResponse },
    { AppError },
  ] = await Promise.all([
    import("@/lib/people/tokens"),
    import("@/lib/dal/tasks"),
    import("@/lib/http"),
    import("@/lib/errors"),
  ]);
  const GET = handler(async (req: Request, id: string) => {
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.get("authorization") ?? "")?.[1];
    const user = bearer ? (await verifyPersonalAccessToken(bearer))?.user : undefined;
    if (!user) throw new AppError("unauthorized", "Sign in or send a personal access token", { status: 401 });
    if (!/^[a-z0-9]{10,40}$/i.test(id)) return notFoundResponse();
    const task = await getTaskForUser(user.id, id);
    return task ? json({ task }) : notFoundResponse();
  });
  return listenFetch(async (req) => {
    const id = new URL(req.url).pathname.match(/^\/api\/v1\/tasks\/([^/]+)$/)?.[1];
    if (!id || req.method !== "GET") return new Response("not found", { status: 404 });
    return GET(req, id);
  });
}

/** A personal access token for the user, as the JSON API's callers send it. */
export async function personalAccessToken(userId: string): Promise<string> {
  const { createPersonalAccessToken } = await import("@/lib/people/tokens");
  return (await createPersonalAccessToken(userId, "bench")).token;
}

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
