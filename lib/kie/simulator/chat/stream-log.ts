import type { SimContext } from "../state";

/** What happened to the chat streams a simulator served; tests read it to see upstream aborts. */
export type ChatStreamLog = {
  opened: number;
  completed: number;
  /** The client went away (or aborted) before the stream ended. */
  aborted: number;
  /** `[sim:disconnect]` cut the stream on purpose. */
  disconnected: number;
  /** Streams still being written right now. */
  open: number;
  /** The last request bodies received, newest last (at most 20), keyed "METHOD /path". */
  requests: Array<{ route: string; body: Record<string, unknown> }>;
};

const BY_CONTEXT = new WeakMap<SimContext, ChatStreamLog>();
const BY_BASE_URL = new Map<string, ChatStreamLog>();

function fresh(): ChatStreamLog {
  return { opened: 0, completed: 0, aborted: 0, disconnected: 0, open: 0, requests: [] };
}

export function streamLog(ctx: SimContext): ChatStreamLog {
  let log = BY_CONTEXT.get(ctx);
  if (!log) {
    log = fresh();
    BY_CONTEXT.set(ctx, log);
    BY_BASE_URL.set(ctx.opts.publicBaseUrl, log);
  }
  return log;
}

export function recordChatRequest(ctx: SimContext, route: string, body: Record<string, unknown>): void {
  const log = streamLog(ctx);
  log.requests.push({ route, body });
  if (log.requests.length > 20) log.requests.shift();
}

/** The log of the simulator serving `publicBaseUrl` (for tests that only hold its URL). */
export function chatStreamLog(publicBaseUrl: string): ChatStreamLog {
  return BY_BASE_URL.get(publicBaseUrl.replace(/\/+$/, "")) ?? fresh();
}
