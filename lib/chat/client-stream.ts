import type { ChatStreamEvent } from "./dto";
import { parseJsonData, readSse } from "./sse";

/** Reads our own browser stream (see lib/chat/browser-stream.ts) back into typed events. */
export async function* readChatStream(body: ReadableStream<Uint8Array>): AsyncGenerator<ChatStreamEvent> {
  for await (const message of readSse(body)) {
    const data = parseJsonData(message.data);
    if (!data || !message.event) continue;
    yield { type: message.event, ...data } as ChatStreamEvent;
  }
}
