import type { SimContext } from "../state";
import { streamLog } from "./stream-log";

export type SsePlan = {
  /** Encoded SSE frames, in order. */
  frames: string[];
  /** How many frames go out before `[sim:disconnect]` cuts the connection. */
  disconnectAfter?: number;
  slowFirstToken: boolean;
  long: boolean;
};

/** `[sim:slow-first-token]` holds the first frame this long (not scaled, so it can be measured). */
export const SLOW_FIRST_TOKEN_MS = 2000;
/** `[sim:long]` streams at a human reading pace so a test or a user can stop it midway. */
export const LONG_FRAME_MS = 60;

export function sseFrame(data: unknown, event?: string): string {
  const payload = typeof data === "string" ? data : JSON.stringify(data);
  return `${event ? `event: ${event}\n` : ""}data: ${payload}\n\n`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Streams the frames with realistic pacing. A client abort (request signal or stream cancel) ends
 * the writer at once and is counted, so tests can prove the studio really closed its request.
 */
export function sseResponse(ctx: SimContext, req: Request, plan: SsePlan): Response {
  const log = streamLog(ctx);
  const encoder = new TextEncoder();
  const frameMs = plan.long ? LONG_FRAME_MS : Math.max(1, Math.round(20 * ctx.opts.timeScale));
  let ended = false;
  const finish = (how: "completed" | "aborted" | "disconnected") => {
    if (ended) return;
    ended = true;
    log.open -= 1;
    log[how] += 1;
  };
  log.opened += 1;
  log.open += 1;

  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      req.signal.addEventListener("abort", () => finish("aborted"), { once: true });
      try {
        if (plan.slowFirstToken) await sleep(SLOW_FIRST_TOKEN_MS);
        for (let i = 0; i < plan.frames.length; i++) {
          if (ended || ctx.closed) return;
          if (plan.disconnectAfter !== undefined && i >= plan.disconnectAfter) {
            finish("disconnected");
            controller.error(new Error("simulated disconnect"));
            return;
          }
          controller.enqueue(encoder.encode(plan.frames[i]));
          if (i < plan.frames.length - 1) await sleep(frameMs);
        }
        if (ended) return;
        finish("completed");
        controller.close();
      } catch {
        finish("aborted");
      }
    },
    cancel() {
      finish("aborted");
    },
  });
  return new Response(body, {
    status: 200,
    headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache" },
  });
}

/** An error in the format's own dialect, with the HTTP status the docs declare. */
export function formatError(body: unknown, status: number): Response {
  return Response.json(body, { status });
}
