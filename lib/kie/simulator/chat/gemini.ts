import { readJsonObject } from "../envelope";
import type { SimContext } from "../state";
import { GEMINI_NATIVE_MODELS } from "./catalogue";
import { formatError, sseFrame, sseResponse } from "./sse";
import { recordChatRequest } from "./stream-log";
import { type PreparedTurn, planFor, prepareTurn } from "./turn";
import { checkBoolean, checkEnum, checkToolMix, firstError, isRec, lastUserText, type Rec } from "./validate";

const geminiError = (message: string, status = 400) =>
  formatError(
    { error: { code: status, message, status: status === 404 ? "NOT_FOUND" : "INVALID_ARGUMENT" } },
    status,
  );

function validate(body: Rec): string | null {
  const contents = body.contents;
  if (!Array.isArray(contents) || contents.length === 0)
    return "* GenerateContentRequest.contents: contents is not specified";
  for (const c of contents) {
    if (!isRec(c) || (c.role !== undefined && c.role !== "user" && c.role !== "model"))
      return "Please use a valid role: user, model.";
    if (!Array.isArray(c.parts) || c.parts.length === 0)
      return "* GenerateContentRequest.contents.parts: must not be empty";
    for (const p of c.parts) {
      if (!isRec(p)) return "* GenerateContentRequest.contents.parts: must be objects";
      const inline = p.inline_data ?? p.inlineData;
      if (inline !== undefined) {
        if (
          !isRec(inline) ||
          typeof inline.data !== "string" ||
          typeof (inline.mime_type ?? inline.mimeType) !== "string"
        )
          return "* inline_data needs mime_type and base64 data";
        continue;
      }
      if (p.file_data !== undefined || p.fileData !== undefined)
        return "File URIs are not supported; send the file inline.";
      if (typeof p.text !== "string" && p.functionCall === undefined && p.functionResponse === undefined)
        return "* GenerateContentRequest.contents.parts: a part needs text, inline_data or a function call";
    }
  }
  const config = isRec(body.generationConfig) ? body.generationConfig : {};
  const thinking = isRec(config.thinkingConfig) ? config.thinkingConfig : {};
  return firstError(
    checkBoolean(body, "stream"),
    checkEnum(thinking.thinkingLevel, "thinkingLevel", ["low", "high"]),
    checkToolMix(
      body.tools,
      (t) => isRec(t) && (t.googleSearch !== undefined || t.google_search !== undefined),
    ),
  );
}

function usage(turn: PreparedTurn): Rec {
  return {
    promptTokenCount: turn.inputTokens,
    candidatesTokenCount: turn.outputTokens,
    thoughtsTokenCount: turn.thinkingTokens,
    totalTokenCount: turn.inputTokens + turn.outputTokens + turn.thinkingTokens,
  };
}

function chunk(turn: PreparedTurn, model: string, parts: Rec[], last: boolean): Rec {
  return {
    candidates: [{ content: { role: "model", parts }, index: 0, ...(last ? { finishReason: "STOP" } : {}) }],
    usageMetadata: usage(turn),
    modelVersion: model,
    responseId: turn.id.slice(0, 23),
    ...(last ? { credits_consumed: turn.credits } : {}),
  };
}

/** No terminator: Gemini's stream simply ends after the chunk that carries finishReason. */
function frames(turn: PreparedTurn, model: string): string[] {
  const out = turn.thinkingChunks.map((t) =>
    sseFrame(chunk(turn, model, [{ text: t, thought: true }], false)),
  );
  turn.textChunks.forEach((t, i) => {
    out.push(sseFrame(chunk(turn, model, [{ text: t }], i === turn.textChunks.length - 1)));
  });
  return out;
}

export const geminiHandler =
  (model: string, method: "streamGenerateContent" | "generateContent") =>
  async (req: Request, ctx: SimContext): Promise<Response> => {
    const body = await readJsonObject(req);
    recordChatRequest(ctx, `POST /gemini/v1/models/${model}:${method}`, body);
    if (!GEMINI_NATIVE_MODELS.has(model)) return geminiError(`models/${model} is not found`, 404);
    const error = validate(body);
    if (error) return geminiError(error);
    const config = isRec(body.generationConfig) ? body.generationConfig : {};
    const thinking = isRec(config.thinkingConfig) ? config.thinkingConfig : {};
    const prepared = prepareTurn(ctx, {
      model,
      prompt: lastUserText(body.contents as unknown[], "user", "parts"),
      body,
      json: config.responseMimeType === "application/json",
      thinking: thinking.includeThoughts === true,
    });
    if (prepared instanceof Response) return prepared;
    const stream = method === "streamGenerateContent" && body.stream !== false;
    if (stream) return sseResponse(ctx, req, planFor(prepared, frames(prepared, model)));
    const parts: Rec[] = [];
    if (prepared.answer.thinking) parts.push({ text: prepared.answer.thinking, thought: true });
    parts.push({ text: prepared.answer.text });
    return Response.json(chunk(prepared, model, parts, true));
  };
