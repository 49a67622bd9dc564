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

/** Gemini's native API takes images inline only (Google file URIs are refused by Kie). */
function geminiContents(messages: NeutralMessage[]): Rec[] {
  return messages.map((message) => {
    const parts: Rec[] = [];
    for (const attachment of attachmentsOf(message)) {
      const inline = parseDataUrl(attachment.url);
      if (!inline) throw new Error("Gemini's native format needs images inlined as data URLs");
      parts.push({ inline_data: { mime_type: inline.mime, data: inline.data } });
    }
    if (message.text) parts.push({ text: message.text });
    return { role: message.role === "assistant" ? "model" : "user", parts };
  });
}

function usageFrom(value: unknown): ChatUsage | null {
  const u = rec(value);
  if (!u) return null;
  return compactUsage({
    inputTokens: num(u.promptTokenCount),
    outputTokens: num(u.candidatesTokenCount),
    thinkingTokens: num(u.thoughtsTokenCount),
  });
}

function* partsEvents(chunk: Rec): Generator<ChatEvent> {
  for (const candidate of arr(chunk.candidates)) {
    for (const part of arr(rec(rec(candidate)?.content)?.parts)) {
      const p = rec(part);
      const text = str(p?.text);
      if (!text) continue;
      yield p?.thought === true ? { type: "thinking", delta: text } : { type: "text", delta: text };
    }
  }
}

function finishReasonOf(chunk: Rec): string | undefined {
  return str(rec(arr(chunk.candidates)[0])?.finishReason);
}

/** Gemini has no terminator event: the stream ends after the chunk carrying `finishReason`. */
async function* parseStream(events: AsyncIterable<SseMessage>): AsyncGenerator<ChatEvent> {
  let credits: number | null = null;
  let usage: ChatUsage | null = null;
  let finishReason: string | undefined;
  for await (const message of events) {
    const chunk = parseJsonData(message.data);
    if (!chunk) continue;
    const error = errorEvent(chunk);
    if (error) {
      yield error;
      return;
    }
    yield* partsEvents(chunk);
    credits = num(chunk.credits_consumed) ?? credits;
    usage = usageFrom(chunk.usageMetadata) ?? usage;
    finishReason = finishReasonOf(chunk) ?? finishReason;
  }
  if (finishReason) yield { type: "done", creditsConsumed: credits, usage, finishReason };
  else yield { type: "error", message: INCOMPLETE_MESSAGE };
}

function parseWhole(json: Rec): ChatEvent[] {
  const error = errorEvent(json);
  if (error) return [error];
  return [
    ...partsEvents(json),
    {
      type: "done",
      creditsConsumed: num(json.credits_consumed) ?? null,
      usage: usageFrom(json.usageMetadata),
      finishReason: finishReasonOf(json),
    },
  ];
}

export const geminiAdapter: ChatAdapter = {
  build: (model, messages, raw, stream) => {
    const options = supportedOptions(model, raw);
    const body: Rec = { contents: geminiContents(messages), stream };
    if (options.system) body.systemInstruction = { parts: [{ text: options.system }] };
    const config: Rec = {};
    if (options.temperature !== undefined) config.temperature = options.temperature;
    if (options.thinking !== undefined || options.reasoningEffort) {
      const thinking: Rec = {};
      if (options.thinking !== undefined) thinking.includeThoughts = options.thinking;
      if (options.reasoningEffort) thinking.thinkingLevel = options.reasoningEffort;
      config.thinkingConfig = thinking;
    }
    if (options.json) config.responseMimeType = "application/json";
    if (Object.keys(config).length) body.generationConfig = config;
    if (options.webSearch) body.tools = [{ googleSearch: {} }];
    const method = stream ? "streamGenerateContent" : "generateContent";
    return { path: `/gemini/v1/models/${model.wireModel}:${method}`, body };
  },
  parseStream,
  parseWhole,
};
