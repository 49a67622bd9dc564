import { settleActive } from "./lifecycle";
import type { SimContext } from "./state";
import type { SimStats } from "./types";

export function snapshotStats(ctx: SimContext): SimStats {
  settleActive(ctx);
  return {
    requests: Object.fromEntries(ctx.counters.requests),
    createsTotal: ctx.counters.createsTotal,
    throttled: ctx.counters.throttled,
    callbacksSent: ctx.counters.callbacksSent,
    callbackFailures: ctx.counters.callbackFailures,
    callbacksByTask: Object.fromEntries(
      [...ctx.counters.callbacksByTask].map(([id, list]) => [id, [...list]]),
    ),
    credits: ctx.credits.balance,
    tasks: { total: ctx.tasks.size, active: ctx.active.size },
    held: { hang: ctx.hangs.size, ...ctx.held },
  };
}

const MAX_REQUEST_KEYS = 500;

/** Media paths collapse to one key so stats stay small; unknown paths stop being tracked past a cap. */
export function countRequest(ctx: SimContext, method: string, path: string): void {
  const key = `${method} ${path.startsWith("/media/") ? "/media/*" : path}`;
  const requests = ctx.counters.requests;
  if (!requests.has(key) && requests.size >= MAX_REQUEST_KEYS) return;
  requests.set(key, (requests.get(key) ?? 0) + 1);
}
