import type { ChatModel } from "../models";
import { parseJsonData } from "../sse";
import type { ChatEvent, ChatOptions, ChatUsage, NeutralMessage, SseMessage } from "../types";
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

/** `messages` with content arrays, as Kie's chat/completions pages document them. */
export function completionsMessages(messages: NeutralMessage[], system?: string): Rec[] {
  const out: Rec[] = [];
  if (system) out.push({ role: "system", content: [{ type: "text", text: system }] });
  for (const message of messages) {
    const content: Rec[] = [];
    if (message.text) content.push({ type: "text", text: message.text });
    for (const attachment of attachmentsOf(message))
      content.push({ type: "image_url", image_url: { url: attachment.url } });
    out.push({ role: message.role, content });
  }
  return out;
}

function isGemini(model: ChatModel): boolean {
  return model.wireModel.startsWith("gemini");
}

function body(model: ChatModel, messages: NeutralMessage[], raw: ChatOptions, stream: boolean): Rec {
  const options = supportedOptions(model, raw);
  const out: Rec = { messages: completionsMessages(messages, options.system), stream };
  if (options.temperature !== undefined) out.temperature = options.temperature;
  if (options.reasoningEffort) out.reasoning_effort = options.reasoningEffort;
  if (isGemini(model) && options.thinking !== undefined) out.include_thoughts = options.thinking;
  // Search is the only tool we ever send, so tools and web search are never combined.
  if (options.webSearch)
    out.tools = [{ type: "function", function: { name: isGemini(model) ? "googleSearch" : "web_search" } }];
  if (options.json)
    out.response_format = {
      type: "json_schema",
      json_schema: { name: "answer", schema: { type: "object", additionalProperties: true } },
    };
  return out;
}

function usageFrom(value: unknown): ChatUsage | null {
  const u = rec(value);
  if (!u) return null;
  const details = rec(u.completion_tokens_details);
  return compactUsage({
    inputTokens: num(u.prompt_tokens),
    outputTokens: num(u.completion_tokens),
    thinkingTokens: num(details?.reasoning_tokens),
  });
}

/** Parses chat.completion.chunk streams; shared with the legacy DeepSeek endpoint. */
export async function* parseCompletionsStream(events: AsyncIterable<SseMessage>): AsyncGenerator<ChatEvent> {
  let credits: number | null = null;
  let usage: ChatUsage | null = null;
  let finishReason: string | undefined;
  for await (const message of events) {
    if (message.data.trim() === "[DONE]") {
      yield { type: "done", creditsConsumed: credits, usage, finishReason };
      return;
    }
    const chunk = parseJsonData(message.data);
    if (!chunk) continue;
    const error = errorEvent(chunk);
    if (error) {
      yield error;
      return;
    }
    credits = num(chunk.credits_consumed) ?? credits;
    usage = usageFrom(chunk.usage) ?? usage;
    for (const choice of arr(chunk.choices)) {
      const c = rec(choice);
      const delta = rec(c?.delta);
      const thinking = str(delta?.reasoning_content) ?? str(delta?.reasoning);
      if (thinking) yield { type: "thinking", delta: thinking };
      const text = str(delta?.content);
      if (text) yield { type: "text", delta: text };
      finishReason = str(c?.finish_reason) ?? finishReason;
    }
  }
  // Some proxies drop the [DONE] line; a finish_reason is as good an ending.
  if (finishReason) yield { type: "done", creditsConsumed: credits, usage, finishReason };
  else yield { type: "error", message: INCOMPLETE_MESSAGE };
}

export function parseCompletionsWhole(json: Rec): ChatEvent[] {
  const error = errorEvent(json);
  if (error) return [error];
  const events: ChatEvent[] = [];
  const choice = rec(arr(json.choices)[0]);
  const message = rec(choice?.message);
  const thinking = str(message?.reasoning_content) ?? str(message?.reasoning);
  if (thinking) events.push({ type: "thinking", delta: thinking });
  const content = message?.content;
  const text =
    str(content) ??
    arr(content)
      .map((part) => str(rec(part)?.text) ?? "")
      .join("");
  if (text) events.push({ type: "text", delta: text });
  events.push({
    type: "done",
    creditsConsumed: num(json.credits_consumed) ?? null,
    usage: usageFrom(json.usage),
    finishReason: str(choice?.finish_reason),
  });
  return events;
}

export const chatCompletionsAdapter: ChatAdapter = {
  build: (model, messages, options, stream) => ({
    path: `/${model.wireModel}/v1/chat/completions`,
    body: body(model, messages, options, stream),
  }),
  parseStream: parseCompletionsStream,
  parseWhole: parseCompletionsWhole,
};
