import { readJsonObject } from "../envelope";
import type { SimContext } from "../state";
import { COMPLETIONS_MODELS, LEGACY_COMPLETIONS_MODELS } from "./catalogue";
import { formatError, sseFrame, sseResponse } from "./sse";
import { recordChatRequest } from "./stream-log";
import { type PreparedTurn, planFor, prepareTurn } from "./turn";
import {
  checkBoolean,
  checkEnum,
  checkNumber,
  checkToolMix,
  firstError,
  isRec,
  lastUserText,
  type Rec,
} from "./validate";

const ROLES = ["developer", "system", "user", "assistant", "tool"];
const SEARCH_TOOLS = new Set(["googleSearch", "web_search"]);

const openAiError = (message: string, status = 400, type = "invalid_request_error") =>
  formatError({ error: { message, type } }, status);

function checkContent(content: unknown, legacy: boolean): string | null {
  if (typeof content === "string") return null;
  if (legacy) return "content must be a string";
  if (!Array.isArray(content)) return "content must be a string or an array of content parts";
  for (const part of content) {
    if (!isRec(part)) return "each content part must be an object";
    if (part.type === "text" && typeof part.text === "string") continue;
    if (part.type === "image_url" && isRec(part.image_url) && typeof part.image_url.url === "string")
      continue;
    return 'content parts must be {type:"text",text} or {type:"image_url",image_url:{url}}';
  }
  return null;
}

function validate(body: Rec, legacy: boolean): string | null {
  const messages = body.messages;
  if (!Array.isArray(messages) || messages.length === 0) return "messages is required and cannot be empty";
  for (const m of messages) {
    if (!isRec(m)) return "each message must be an object";
    const roleError = checkEnum(m.role, "role", ROLES);
    if (roleError || m.role === undefined) return roleError ?? "role is required";
    const contentError = checkContent(m.content, legacy);
    if (contentError) return contentError;
  }
  return firstError(
    checkBoolean(body, "stream"),
    checkBoolean(body, "include_thoughts"),
    checkNumber(body, "temperature", 0, 2),
    checkEnum(body.reasoning_effort, "reasoning_effort", ["low", "high"]),
    checkToolMix(
      body.tools,
      (t) => isRec(t) && isRec(t.function) && SEARCH_TOOLS.has(String(t.function.name)),
    ),
  );
}

function usage(turn: PreparedTurn): Rec {
  return {
    prompt_tokens: turn.inputTokens,
    completion_tokens: turn.outputTokens + turn.thinkingTokens,
    total_tokens: turn.inputTokens + turn.outputTokens + turn.thinkingTokens,
    completion_tokens_details: { reasoning_tokens: turn.thinkingTokens },
  };
}

function frames(turn: PreparedTurn, model: string): string[] {
  const base = { id: `chatcmpl-${turn.id}`, object: "chat.completion.chunk", created: turn.created, model };
  const chunk = (delta: Rec, finish: string | null = null, extra: Rec = {}) =>
    sseFrame({ ...base, choices: [{ index: 0, delta, finish_reason: finish }], ...extra });
  return [
    chunk({ role: "assistant", content: "" }),
    ...turn.thinkingChunks.map((t) => chunk({ reasoning_content: t })),
    ...turn.textChunks.map((t) => chunk({ content: t })),
    chunk({}, "stop", { usage: usage(turn), credits_consumed: turn.credits }),
    sseFrame("[DONE]"),
  ];
}

async function handle(ctx: SimContext, req: Request, model: string, legacy: boolean, route: string) {
  const known = legacy ? LEGACY_COMPLETIONS_MODELS : COMPLETIONS_MODELS;
  const body = await readJsonObject(req);
  recordChatRequest(ctx, route, body);
  const wireModel = legacy ? String(body.model ?? "") : model;
  if (legacy && body.model === undefined) return openAiError("model is required");
  if (!known.has(wireModel))
    return openAiError(`The model \`${wireModel}\` does not exist`, 404, "not_found_error");
  const error = validate(body, legacy);
  if (error) return openAiError(error);

  const messages = body.messages as unknown[];
  const prepared = prepareTurn(ctx, {
    model: wireModel,
    prompt: lastUserText(messages, "user", "content"),
    body,
    json: isRec(body.response_format),
    thinking: wireModel.startsWith("gemini")
      ? body.include_thoughts !== false
      : wireModel === "deepseek-reasoner",
  });
  if (prepared instanceof Response) return prepared;
  // Gemini pages document `stream` defaulting to true; elsewhere it is OpenAI's false.
  const stream = typeof body.stream === "boolean" ? body.stream : wireModel.startsWith("gemini");
  if (stream) return sseResponse(ctx, req, planFor(prepared, frames(prepared, wireModel)));

  const json = {
    id: `chatcmpl-${prepared.id}`,
    object: "chat.completion",
    created: prepared.created,
    // Live gemini-3.1-pro answers lacked `model`.
    ...(wireModel === "gemini-3.1-pro" ? {} : { model: wireModel }),
    choices: [
      {
        index: 0,
        message: {
          role: "assistant",
          content: prepared.answer.text,
          ...(prepared.answer.thinking ? { reasoning_content: prepared.answer.thinking } : {}),
        },
        finish_reason: "stop",
      },
    ],
    usage: usage(prepared),
    credits_consumed: prepared.credits,
  };
  // Live gpt-5-2 answers came labelled text/plain although the body is JSON.
  const type = wireModel === "gpt-5-2" ? "text/plain; charset=utf-8" : "application/json";
  return new Response(JSON.stringify(json), { status: 200, headers: { "content-type": type } });
}

export const completionsHandler = (model: string) => (req: Request, ctx: SimContext) =>
  handle(ctx, req, model, false, `POST /${model}/v1/chat/completions`);

export const legacyCompletionsHandler = (req: Request, ctx: SimContext) =>
  handle(ctx, req, "", true, "POST /api/v1/chat/completions");
