import { readJsonObject } from "../envelope";
import type { SimContext } from "../state";
import { RESPONSES_MODEL_NAMES, RESPONSES_MODELS } from "./catalogue";
import { formatError, sseFrame, sseResponse } from "./sse";
import { recordChatRequest } from "./stream-log";
import { type PreparedTurn, planFor, prepareTurn } from "./turn";
import { checkBoolean, checkEnum, checkToolMix, firstError, isRec, type Rec } from "./validate";

const PART_TYPES = new Set(["input_text", "input_image", "output_text", "input_file"]);

const responsesError = (message: string, status = 400, param: string | null = null) =>
  formatError({ error: { message, type: "invalid_request_error", param, code: null } }, status);

function validate(body: Rec, path: string): string | null {
  if (typeof body.model !== "string") return "Missing required parameter: 'model'.";
  const input = body.input;
  if (typeof input !== "string") {
    if (!Array.isArray(input) || input.length === 0) return "Missing required parameter: 'input'.";
    for (const item of input) {
      if (!isRec(item) || !["user", "assistant", "system", "developer"].includes(String(item.role)))
        return "Invalid 'input': each item needs a role of user, assistant, system or developer.";
      if (typeof item.content === "string") continue;
      if (!Array.isArray(item.content)) return "Invalid 'input[].content': expected a string or an array.";
      for (const part of item.content)
        if (!isRec(part) || !PART_TYPES.has(String(part.type)))
          return "Invalid 'input[].content[].type': expected input_text, input_image, input_file or output_text.";
    }
  }
  const reasoning = body.reasoning;
  if (reasoning !== undefined && !isRec(reasoning)) return "Invalid 'reasoning': expected an object.";
  const thinking = body.thinking;
  if (thinking !== undefined && (path !== "/openai/v1/responses" || !isRec(thinking)))
    return "Unknown parameter: 'thinking'.";
  return firstError(
    checkBoolean(body, "stream"),
    checkEnum(isRec(reasoning) ? reasoning.effort : undefined, "reasoning.effort", [
      "low",
      "medium",
      "high",
      "xhigh",
    ]),
    isRec(thinking) ? checkEnum(thinking.type, "thinking.type", ["enabled", "disabled"]) : null,
    checkToolMix(body.tools, (t) => isRec(t) && (t.type === "web_search" || t.type === "web_search_preview")),
  );
}

function lastUserText(input: unknown): string {
  if (typeof input === "string") return input;
  const items = Array.isArray(input) ? input : [];
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i];
    if (!isRec(item) || item.role !== "user") continue;
    if (typeof item.content === "string") return item.content;
    return (Array.isArray(item.content) ? item.content : [])
      .map((p) => (isRec(p) && typeof p.text === "string" ? p.text : ""))
      .join("\n");
  }
  return "";
}

function responseObject(turn: PreparedTurn, model: string, status: "in_progress" | "completed"): Rec {
  const done = status === "completed";
  const output: Rec[] = [];
  if (done) {
    output.push({
      type: "reasoning",
      id: `rs_${turn.id}`,
      summary: turn.answer.thinking ? [{ type: "summary_text", text: turn.answer.thinking }] : [],
    });
    output.push({
      type: "message",
      id: `msg_${turn.id}`,
      status: "completed",
      role: "assistant",
      content: [{ type: "output_text", text: turn.answer.text, annotations: [] }],
    });
  }
  return {
    id: `resp_${turn.id}`,
    object: "response",
    created_at: turn.created,
    status,
    model,
    output,
    usage: done
      ? {
          input_tokens: turn.inputTokens,
          input_tokens_details: { cached_tokens: 0 },
          output_tokens: turn.outputTokens + turn.thinkingTokens,
          output_tokens_details: { reasoning_tokens: turn.thinkingTokens },
          total_tokens: turn.inputTokens + turn.outputTokens + turn.thinkingTokens,
        }
      : null,
    ...(done ? { credits_consumed: turn.credits } : {}),
  };
}

function frames(turn: PreparedTurn, model: string): string[] {
  let seq = 0;
  const ev = (type: string, data: Rec) => sseFrame({ type, sequence_number: seq++, ...data }, type);
  const itemId = `msg_${turn.id}`;
  const out = [
    ev("response.created", { response: responseObject(turn, model, "in_progress") }),
    ev("response.in_progress", { response: responseObject(turn, model, "in_progress") }),
    ev("response.output_item.added", {
      output_index: 0,
      item: { type: "reasoning", id: `rs_${turn.id}`, summary: [] },
    }),
  ];
  for (const t of turn.thinkingChunks)
    out.push(
      ev("response.reasoning_summary_text.delta", {
        item_id: `rs_${turn.id}`,
        output_index: 0,
        summary_index: 0,
        delta: t,
      }),
    );
  out.push(
    ev("response.output_item.added", {
      output_index: 1,
      item: { type: "message", id: itemId, role: "assistant", status: "in_progress", content: [] },
    }),
  );
  out.push(
    ev("response.content_part.added", {
      item_id: itemId,
      output_index: 1,
      content_index: 0,
      part: { type: "output_text", text: "" },
    }),
  );
  for (const t of turn.textChunks)
    out.push(
      ev("response.output_text.delta", { item_id: itemId, output_index: 1, content_index: 0, delta: t }),
    );
  out.push(
    ev("response.output_text.done", {
      item_id: itemId,
      output_index: 1,
      content_index: 0,
      text: turn.answer.text,
    }),
  );
  out.push(ev("response.completed", { response: responseObject(turn, model, "completed") }));
  return out;
}

export const responsesHandler =
  (path: string) =>
  async (req: Request, ctx: SimContext): Promise<Response> => {
    const body = await readJsonObject(req);
    recordChatRequest(ctx, `POST ${path}`, body);
    const error = validate(body, path);
    if (error) return responsesError(error);
    const model = String(body.model);
    if (!RESPONSES_MODELS[path]?.has(model))
      return responsesError(`The model '${model}' is not served at ${path}.`, 404, "model");

    const thinkingOff = isRec(body.thinking) && body.thinking.type === "disabled";
    const prepared = prepareTurn(ctx, {
      model,
      prompt: lastUserText(body.input),
      body,
      json: isRec(body.text) && isRec(body.text.format) && body.text.format.type !== "text",
      thinking: !thinkingOff && (isRec(body.reasoning) || path === "/openai/v1/responses"),
    });
    if (prepared instanceof Response) return prepared;
    const named = RESPONSES_MODEL_NAMES[model] ?? model;
    if (body.stream === true) return sseResponse(ctx, req, planFor(prepared, frames(prepared, named)));
    return Response.json(responseObject(prepared, named, "completed"));
  };
