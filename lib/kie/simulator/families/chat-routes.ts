import { anthropicMessages, anthropicModels } from "../chat/anthropic";
import { completionsHandler, legacyCompletionsHandler } from "../chat/completions";
import { geminiHandler } from "../chat/gemini";
import { responsesHandler } from "../chat/responses";
import type { Route } from "../route-types";

const RESPONSES_PATHS = new Set([
  "/codex/v1/responses",
  "/api/v1/responses",
  "/grok/v1/responses",
  "/openai/v1/responses",
]);
const COMPLETIONS = /^\/([a-z0-9][a-z0-9.-]*)\/v1\/chat\/completions$/;
const GEMINI = /^\/gemini\/v1\/models\/([a-z0-9][a-z0-9.-]*):(streamGenerateContent|generateContent)$/;

/**
 * Chat endpoints have the model in the path (`/<model>/v1/chat/completions`,
 * `/gemini/v1/models/<model>:streamGenerateContent`), so they are matched by pattern, not by key.
 */
export function chatRouteFor(method: string, path: string): Route | undefined {
  if (method === "GET" && (path === "/anthropic/v1/models" || path === "/claude/v1/models"))
    return { handler: anthropicModels };
  if (method !== "POST") return undefined;
  if (path === "/claude/v1/messages" || path === "/anthropic/v1/messages")
    return { handler: anthropicMessages };
  if (RESPONSES_PATHS.has(path)) return { handler: responsesHandler(path) };
  if (path === "/api/v1/chat/completions") return { handler: legacyCompletionsHandler };
  const completions = COMPLETIONS.exec(path);
  if (completions && completions[1] !== "api") return { handler: completionsHandler(completions[1]) };
  const gemini = GEMINI.exec(path);
  if (gemini)
    return { handler: geminiHandler(gemini[1], gemini[2] as "streamGenerateContent" | "generateContent") };
  return undefined;
}
