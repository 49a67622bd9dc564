import type { ChatFormat } from "../types";
import { anthropicAdapter } from "./anthropic";
import { chatCompletionsAdapter } from "./chat-completions";
import { deepseekLegacyAdapter } from "./deepseek-legacy";
import { geminiAdapter } from "./gemini";
import { responsesAdapter } from "./responses";
import type { ChatAdapter } from "./shared";

export type { ChatAdapter } from "./shared";

export const adapters: Record<ChatFormat, ChatAdapter> = {
  "chat-completions": chatCompletionsAdapter,
  anthropic: anthropicAdapter,
  responses: responsesAdapter,
  gemini: geminiAdapter,
  "deepseek-legacy": deepseekLegacyAdapter,
};
