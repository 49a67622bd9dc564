import { parseJsonData } from "../sse";
import type { ChatEvent, ChatUsage, NeutralMessage, SseMessage } from "../types";
import {
  arr,
  attachmentsOf,
  type ChatAdapter,
  compactUsage,
  errorEvent,
  INCOMPLETE_MESSAGE,
  num,
  parseDataUrl,
  type Rec,
  rec,
  str,
  supportedOptions,
} from "./shared";

/** Kie's documented default for `max_tokens` on /claude/v1/messages. */
export const ANTHROPIC_MAX_TOKENS = 4096;

function anthropicMessages(messages: NeutralMessage[]): Rec[] {
  return messages.map((message) => {
    const content: Rec[] = attachmentsOf(message).map((attachment) => {
      const inline = parseDataUrl(attachment.url);
      return {
        type: "image",
        source: inline
          ? { type: "base64", media_type: inline.mime, data: inline.data }
          : { type: "url", url: attachment.url },
      };
    });
    if (message.text) content.push({ type: "text", text: message.text });
    return { role: message.role, content };
  });
}

function usageFrom(value: unknown, previous: ChatUsage | null): ChatUsage | null {
  const u = rec(value);
  if (!u) return previous;
  return compactUsage({
    inputTokens: num(u.input_tokens) ?? previous?.inputTokens,
    outputTokens: num(u.output_tokens) ?? previous?.outputTokens,
  });
}

async function* parseStream(events: AsyncIterable<SseMessage>): AsyncGenerator<ChatEvent> {
  let credits: number | null = null;
  let usage: ChatUsage | null = null;
  let finishReason: string | undefined;
  for await (const message of events) {
    const data = parseJsonData(message.data);
    if (!data) continue;
    const type = str(data.type) ?? message.event;
    const error = errorEvent(data);
    if (error) {
      yield error;
      return;
    }
    credits = num(data.credits_consumed) ?? credits;
    if (type === "message_start") {
      const start = rec(data.message);
      usage = usageFrom(start?.usage, usage);
      credits = num(start?.credits_consumed) ?? credits;
    } else if (type === "content_block_delta") {
      const delta = rec(data.delta);
      if (delta?.type === "text_delta" && str(delta.text)) yield { type: "text", delta: str(delta.text)! };
      if (delta?.type === "thinking_delta" && str(delta.thinking))
        yield { type: "thinking", delta: str(delta.thinking)! };
    } else if (type === "message_delta") {
      usage = usageFrom(data.usage, usage);
      finishReason = str(rec(data.delta)?.stop_reason) ?? finishReason;
    } else if (type === "message_stop") {
      yield { type: "done", creditsConsumed: credits, usage, finishReason };
      return;
    }
  }
  yield { type: "error", message: INCOMPLETE_MESSAGE };
}

function parseWhole(json: Rec): ChatEvent[] {
  const error = errorEvent(json);
  if (error) return [error];
  const events: ChatEvent[] = [];
  for (const block of arr(json.content)) {
    const b = rec(block);
    if (b?.type === "thinking" && str(b.thinking)) events.push({ type: "thinking", delta: str(b.thinking)! });
    if (b?.type === "text" && str(b.text)) events.push({ type: "text", delta: str(b.text)! });
  }
  events.push({
    type: "done",
    creditsConsumed: num(json.credits_consumed) ?? null,
    usage: usageFrom(json.usage, null),
    finishReason: str(json.stop_reason),
  });
  return events;
}

export const anthropicAdapter: ChatAdapter = {
  build: (model, messages, raw, stream) => {
    const options = supportedOptions(model, raw);
    const body: Rec = {
      model: model.wireModel,
      messages: anthropicMessages(messages),
      max_tokens: ANTHROPIC_MAX_TOKENS,
      stream,
      thinkingFlag: options.thinking ?? false,
    };
    if (options.system) body.system = options.system;
    if (options.temperature !== undefined) body.temperature = Math.min(options.temperature, 1);
    return { path: model.path ?? "/claude/v1/messages", body };
  },
  parseStream,
  parseWhole,
};
