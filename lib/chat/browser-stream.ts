import "server-only";
import type { StartedAnswer } from "./answer";
import { type ChatStreamEvent, encodeStreamEvent } from "./dto";
import type { LiveAnswer } from "./live";

const TERMINAL = new Set<ChatStreamEvent["type"]>(["done", "error", "stopped"]);

/**
 * Our SSE stream to the browser. Cancelling it (tab closed, connection dropped) only unsubscribes:
 * the answer keeps being read from Kie and saved.
 */
function streamOf(live: LiveAnswer, first: ChatStreamEvent[]): Response {
  const encoder = new TextEncoder();
  let unsubscribe = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const event of first) controller.enqueue(encoder.encode(encodeStreamEvent(event)));
      if (live.finished) {
        controller.close();
        return;
      }
      unsubscribe = live.subscribe((event) => {
        try {
          controller.enqueue(encoder.encode(encodeStreamEvent(event)));
          if (TERMINAL.has(event.type)) {
            unsubscribe();
            controller.close();
          }
        } catch {
          unsubscribe();
        }
      });
    },
    cancel() {
      unsubscribe();
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-store, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
}

export function answerStreamResponse(started: StartedAnswer): Response {
  return streamOf(started.live, [
    { type: "start", userMessage: started.userMessage, assistantMessage: started.assistantMessage },
  ]);
}

/** Re-attaches a browser (after a reload) to an answer still being written: what exists so far, then live. */
export function resumeStreamResponse(live: LiveAnswer): Response {
  return streamOf(live, [{ type: "snapshot", text: live.text, thinking: live.thinking }]);
}
