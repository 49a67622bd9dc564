import type { NeutralMessage } from "../types";
import { parseCompletionsStream, parseCompletionsWhole } from "./chat-completions";
import { type ChatAdapter, type Rec, supportedOptions } from "./shared";

/**
 * Kie's first API overview listed DeepSeek at `/api/v1/chat/completions` with `model` in the body
 * and plain-string contents (see docs/chat.md for why this endpoint is uncertain). Text only.
 */
function legacyMessages(messages: NeutralMessage[], system?: string): Rec[] {
  const out: Rec[] = system ? [{ role: "system", content: system }] : [];
  for (const message of messages) out.push({ role: message.role, content: message.text });
  return out;
}

export const deepseekLegacyAdapter: ChatAdapter = {
  build: (model, messages, raw, stream) => {
    const options = supportedOptions(model, raw);
    const body: Rec = { model: model.wireModel, messages: legacyMessages(messages, options.system), stream };
    if (options.temperature !== undefined) body.temperature = options.temperature;
    return { path: model.path ?? "/api/v1/chat/completions", body };
  },
  parseStream: parseCompletionsStream,
  parseWhole: parseCompletionsWhole,
};
