import { isRecord, plainJson } from "../envelope";
import { parseFault } from "../faults";
import { resetContext, type SimContext } from "../state";
import { snapshotStats } from "../stats";

/** Test controls under /__sim/* (not part of Kie; no auth, never counted in stats). */
export async function handleControl(ctx: SimContext, req: Request, path: string): Promise<Response> {
  const route = `${req.method === "HEAD" ? "GET" : req.method} ${path}`;
  switch (route) {
    case "GET /__sim/health":
      return plainJson({ ok: true });
    case "GET /__sim/stats":
      return plainJson(snapshotStats(ctx));
    case "POST /__sim/reset":
      resetContext(ctx);
      return plainJson({ ok: true });
    case "GET /__sim/faults":
      return plainJson({ faults: ctx.faults.list() });
    case "DELETE /__sim/faults":
      ctx.faults.clear();
      return plainJson({ ok: true });
    case "POST /__sim/faults":
      return queueFault(ctx, await readBody(req));
    case "POST /__sim/credits":
      return setCredits(ctx, await readBody(req));
    default:
      return plainJson({ error: "not found" }, 404);
  }
}

async function readBody(req: Request): Promise<unknown> {
  try {
    return await req.json();
  } catch {
    return null;
  }
}

function queueFault(ctx: SimContext, body: unknown): Response {
  if (!isRecord(body) || typeof body.path !== "string" || !body.path.startsWith("/")) {
    return plainJson({ error: "path must be a string starting with /" }, 400);
  }
  const fault = parseFault(body.code);
  if (!fault)
    return plainJson({ error: "code must be a 3-digit code, '<code>@<http>', hang, drop or truncate" }, 400);
  const times = body.times === undefined ? 1 : body.times;
  if (typeof times !== "number" || !Number.isInteger(times) || times < 1) {
    return plainJson({ error: "times must be a positive integer" }, 400);
  }
  const method = typeof body.method === "string" ? body.method : null;
  ctx.faults.add(body.path, fault, times, method);
  return plainJson({ ok: true, faults: ctx.faults.list() });
}

function setCredits(ctx: SimContext, body: unknown): Response {
  if (!isRecord(body) || typeof body.balance !== "number" || !Number.isFinite(body.balance)) {
    return plainJson({ error: "balance must be a number" }, 400);
  }
  ctx.credits.set(body.balance);
  return plainJson({ balance: ctx.credits.balance });
}
