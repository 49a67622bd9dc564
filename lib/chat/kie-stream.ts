import "server-only";
import { env } from "@/lib/env";
import { adapters } from "./adapters";
import { INCOMPLETE_MESSAGE } from "./adapters/shared";
import { chatErrorFrom } from "./errors";
import type { ChatModel } from "./models";
import { parseJsonData, readSse } from "./sse";
import type { ChatEvent, ChatOptions, NeutralMessage, SseMessage } from "./types";

export type ChatCall = {
  model: ChatModel;
  messages: NeutralMessage[];
  options: ChatOptions;
  signal?: AbortSignal;
  stream?: boolean;
  /** Extra headers (simulator fault controls in tests). */
  headers?: Record<string, string>;
};

/** Time allowed for Kie to start answering; a streamed answer may then run as long as it needs. */
const FIRST_BYTE_TIMEOUT_MS = 120_000;

/**
 * Calls Kie for one answer and yields neutral events, ending with exactly one `done` or `error`.
 * Never throws for Kie-side problems; an abort through `signal` ends the generator quietly.
 */
export async function* callKieChat(call: ChatCall): AsyncGenerator<ChatEvent> {
  const adapter = adapters[call.model.format];
  const stream = call.stream ?? true;
  let request: ReturnType<typeof adapter.build>;
  try {
    request = adapter.build(call.model, call.messages, call.options, stream);
  } catch (error) {
    yield { type: "error", message: error instanceof Error ? error.message : String(error) };
    return;
  }

  const firstByte = new AbortController();
  const timer = setTimeout(() => firstByte.abort(), FIRST_BYTE_TIMEOUT_MS);
  const signal = call.signal ? AbortSignal.any([call.signal, firstByte.signal]) : firstByte.signal;
  let res: Response;
  try {
    res = await fetch(env.kieBaseUrl + request.path, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${env.KIE_API_KEY ?? "demo-key"}`,
        "Content-Type": "application/json",
        Accept: stream ? "text/event-stream" : "application/json",
        "User-Agent": "KieStudio/0.1 (+self-hosted)",
        ...call.headers,
      },
      body: JSON.stringify(request.body),
      signal,
      cache: "no-store",
    });
  } catch (error) {
    clearTimeout(timer);
    if (call.signal?.aborted) return;
    yield {
      type: "error",
      message: firstByte.signal.aborted
        ? "Kie did not start answering within 2 minutes."
        : `Could not reach Kie (${error instanceof Error ? error.message : "network error"}).`,
    };
    return;
  }
  clearTimeout(timer);

  try {
    const type = res.headers.get("content-type") ?? "";
    // Kie labels some JSON answers text/plain, so anything not SSE is judged by its body.
    if (!type.includes("text/event-stream")) {
      yield* wholeBody(await res.text(), res.status, adapter.parseWhole, adapter.parseStream);
      return;
    }
    if (!res.body) {
      yield { type: "error", message: INCOMPLETE_MESSAGE };
      return;
    }
    yield* adapter.parseStream(readSse(res.body));
  } catch {
    if (call.signal?.aborted) return;
    yield { type: "error", message: INCOMPLETE_MESSAGE };
  }
}

async function* wholeBody(
  text: string,
  status: number,
  parseWhole: (body: Record<string, unknown>) => ChatEvent[],
  parseStream: (events: AsyncIterable<SseMessage>) => AsyncGenerator<ChatEvent>,
): AsyncGenerator<ChatEvent> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    yield {
      type: "error",
      message: status >= 400 ? `Kie answered HTTP ${status}.` : "Kie's answer was not readable.",
    };
    return;
  }
  // Gemini without `alt=sse` streams a JSON array of chunks.
  if (Array.isArray(parsed)) {
    yield* parseStream(
      (async function* () {
        for (const chunk of parsed) yield { data: JSON.stringify(chunk) };
      })(),
    );
    return;
  }
  const body = parseJsonData(text);
  const error = chatErrorFrom(body, status);
  if (error) {
    yield { type: "error", ...error };
    return;
  }
  if (!body || status >= 400) {
    yield { type: "error", message: `Kie answered HTTP ${status}.` };
    return;
  }
  yield* parseWhole(body);
}

/** Collects a whole answer (for "Write with AI"). */
export async function completeKieChat(
  call: ChatCall,
): Promise<{ text: string; creditsConsumed: number | null }> {
  let text = "";
  for await (const event of callKieChat({ ...call, stream: false })) {
    if (event.type === "text") text += event.delta;
    if (event.type === "error") throw new ChatUpstreamError(event.message, event.code);
    if (event.type === "done") return { text, creditsConsumed: event.creditsConsumed };
  }
  throw new ChatUpstreamError("Kie ended the answer without finishing it.");
}

export class ChatUpstreamError extends Error {
  constructor(
    message: string,
    readonly code?: number,
  ) {
    super(message);
    this.name = "ChatUpstreamError";
  }
}
