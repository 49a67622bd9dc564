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
  type Rec,
  rec,
  str,
  supportedOptions,
} from "./shared";

function responsesInput(messages: NeutralMessage[]): Rec[] {
  return messages.map((message) => {
    if (message.role === "assistant")
      return { role: "assistant", content: [{ type: "output_text", text: message.text }] };
    const content: Rec[] = [];
    if (message.text) content.push({ type: "input_text", text: message.text });
    for (const attachment of attachmentsOf(message))
      content.push({ type: "input_image", image_url: attachment.url });
    return { role: "user", content };
  });
}

function usageFrom(value: unknown): ChatUsage | null {
  const u = rec(value);
  if (!u) return null;
  return compactUsage({
    inputTokens: num(u.input_tokens),
    outputTokens: num(u.output_tokens),
    thinkingTokens: num(rec(u.output_tokens_details)?.reasoning_tokens),
  });
}

function failureOf(data: Rec): ChatEvent | null {
  const response = rec(data.response);
  const error = rec(response?.error) ?? rec(data.error);
  const message = str(error?.message) ?? str(data.message);
  return { type: "error", message: `The model failed: ${message ?? "no reason given"}` };
}

async function* parseStream(events: AsyncIterable<SseMessage>): AsyncGenerator<ChatEvent> {
  for await (const message of events) {
    const data = parseJsonData(message.data);
    if (!data) continue;
    const type = str(data.type) ?? message.event;
    if (type === "error" || type === "response.failed") {
      yield errorEvent(data) ?? failureOf(data)!;
      return;
    }
    const kieError = errorEvent(data);
    if (kieError) {
      yield kieError;
      return;
    }
    if (type === "response.output_text.delta" && str(data.delta))
      yield { type: "text", delta: str(data.delta)! };
    else if (
      (type === "response.reasoning_summary_text.delta" || type === "response.reasoning_text.delta") &&
      str(data.delta)
    )
      yield { type: "thinking", delta: str(data.delta)! };
    else if (type === "response.completed" || type === "response.incomplete") {
      const response = rec(data.response);
      yield {
        type: "done",
        creditsConsumed: num(response?.credits_consumed) ?? num(data.credits_consumed) ?? null,
        usage: usageFrom(response?.usage),
        finishReason: type === "response.incomplete" ? "incomplete" : str(response?.status),
      };
      return;
    }
  }
  yield { type: "error", message: INCOMPLETE_MESSAGE };
}

function parseWhole(json: Rec): ChatEvent[] {
  const error = errorEvent(json);
  if (error) return [error];
  if (json.status === "failed") return [failureOf({ response: json })!];
  const events: ChatEvent[] = [];
  for (const item of arr(json.output)) {
    const entry = rec(item);
    if (entry?.type === "reasoning") {
      const summary = arr(entry.summary)
        .map((s) => str(rec(s)?.text) ?? "")
        .join("");
      if (summary) events.push({ type: "thinking", delta: summary });
    }
    if (entry?.type === "message") {
      const text = arr(entry.content)
        .map((c) => (rec(c)?.type === "output_text" ? (str(rec(c)?.text) ?? "") : ""))
        .join("");
      if (text) events.push({ type: "text", delta: text });
    }
  }
  events.push({
    type: "done",
    creditsConsumed: num(json.credits_consumed) ?? null,
    usage: usageFrom(json.usage),
    finishReason: str(json.status),
  });
  return events;
}

export const responsesAdapter: ChatAdapter = {
  build: (model, messages, raw, stream) => {
    const options = supportedOptions(model, raw);
    // `stream` defaults disagree in Kie's docs (schema false, text true), so it is always explicit.
    const body: Rec = { model: model.wireModel, input: responsesInput(messages), stream };
    if (options.system) body.instructions = options.system;
    if (options.reasoningEffort) body.reasoning = { effort: options.reasoningEffort };
    if (options.webSearch) body.tools = [{ type: "web_search" }];
    if (options.thinking === false) body.thinking = { type: "disabled" };
    return { path: model.path ?? "/codex/v1/responses", body };
  },
  parseStream,
  parseWhole,
};
