import { readJsonObject } from "../envelope";
import type { SimContext } from "../state";
import { CLAUDE_MODELS } from "./catalogue";
import { formatError, sseFrame, sseResponse } from "./sse";
import { recordChatRequest } from "./stream-log";
import { type PreparedTurn, planFor, prepareTurn } from "./turn";
import { checkBoolean, checkNumber, firstError, isRec, lastUserText, type Rec } from "./validate";

const BLOCK_TYPES = new Set(["text", "image", "tool_use", "tool_result", "thinking", "document"]);

const anthropicError = (message: string, status = 400, type = "invalid_request_error") =>
  formatError({ type: "error", error: { type, message } }, status);

function validate(body: Rec): string | null {
  if (typeof body.model !== "string") return "model: Field required";
  const messages = body.messages;
  if (!Array.isArray(messages) || messages.length === 0) return "messages: Field required";
  for (const m of messages) {
    if (!isRec(m) || (m.role !== "user" && m.role !== "assistant"))
      return 'messages: roles must be "user" or "assistant"';
    if (typeof m.content === "string") continue;
    if (!Array.isArray(m.content)) return "messages: content must be a string or a list of blocks";
    for (const block of m.content) {
      if (!isRec(block) || !BLOCK_TYPES.has(String(block.type)))
        return "messages: unknown content block type";
      if (block.type === "image") {
        const source = block.source;
        const ok =
          isRec(source) &&
          ((source.type === "base64" &&
            typeof source.media_type === "string" &&
            typeof source.data === "string") ||
            (source.type === "url" && typeof source.url === "string"));
        if (!ok) return 'messages: image source must be {type:"base64",media_type,data} or {type:"url",url}';
      }
    }
  }
  if (body.tools !== undefined) {
    if (!Array.isArray(body.tools)) return "tools: must be a list";
    for (const tool of body.tools)
      if (!isRec(tool) || typeof tool.name !== "string" || !isRec(tool.input_schema))
        return "tools: each tool needs name and input_schema";
  }
  return firstError(
    checkBoolean(body, "stream"),
    checkBoolean(body, "thinkingFlag"),
    checkNumber(body, "max_tokens", 1, 64_000),
    checkNumber(body, "temperature", 0, 1),
  );
}

function usage(turn: PreparedTurn, output: number): Rec {
  return {
    input_tokens: turn.inputTokens,
    cache_creation_input_tokens: 0,
    cache_read_input_tokens: 0,
    cache_creation: { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 0 },
    output_tokens: output,
    service_tier: "standard",
  };
}

function frames(turn: PreparedTurn, dated: string): string[] {
  const out = [
    sseFrame(
      {
        type: "message_start",
        message: {
          id: `msg_${turn.id.slice(0, 24)}`,
          type: "message",
          role: "assistant",
          model: dated,
          content: [],
          stop_reason: null,
          stop_sequence: null,
          usage: usage(turn, 1),
        },
      },
      "message_start",
    ),
  ];
  let index = 0;
  if (turn.thinkingChunks.length) {
    out.push(
      sseFrame(
        { type: "content_block_start", index, content_block: { type: "thinking", thinking: "" } },
        "content_block_start",
      ),
    );
    for (const t of turn.thinkingChunks)
      out.push(
        sseFrame(
          { type: "content_block_delta", index, delta: { type: "thinking_delta", thinking: t } },
          "content_block_delta",
        ),
      );
    out.push(sseFrame({ type: "content_block_stop", index }, "content_block_stop"));
    index += 1;
  }
  out.push(
    sseFrame(
      { type: "content_block_start", index, content_block: { type: "text", text: "" } },
      "content_block_start",
    ),
  );
  out.push(sseFrame({ type: "ping" }, "ping"));
  for (const t of turn.textChunks)
    out.push(
      sseFrame(
        { type: "content_block_delta", index, delta: { type: "text_delta", text: t } },
        "content_block_delta",
      ),
    );
  out.push(sseFrame({ type: "content_block_stop", index }, "content_block_stop"));
  out.push(
    sseFrame(
      {
        type: "message_delta",
        delta: { stop_reason: "end_turn", stop_sequence: null },
        usage: { output_tokens: turn.outputTokens + turn.thinkingTokens },
        credits_consumed: turn.credits,
      },
      "message_delta",
    ),
  );
  out.push(sseFrame({ type: "message_stop" }, "message_stop"));
  return out;
}

export async function anthropicMessages(req: Request, ctx: SimContext, url: URL): Promise<Response> {
  const body = await readJsonObject(req);
  recordChatRequest(
    ctx,
    `POST ${url.pathname.endsWith("/claude/v1/messages") ? "/claude" : "/anthropic"}/v1/messages`,
    body,
  );
  const error = validate(body);
  if (error) return anthropicError(error);
  const model = CLAUDE_MODELS.find((m) => m.id === body.model);
  if (!model) return anthropicError(`model: ${String(body.model)}`, 404, "not_found_error");

  const prepared = prepareTurn(ctx, {
    model: model.id,
    prompt: lastUserText(body.messages as unknown[], "user", "content"),
    body,
    json: false,
    thinking: body.thinkingFlag === true,
  });
  if (prepared instanceof Response) return prepared;
  if (body.stream !== false) return sseResponse(ctx, req, planFor(prepared, frames(prepared, model.dated)));

  const content: Rec[] = [];
  if (prepared.answer.thinking)
    content.push({ type: "thinking", thinking: prepared.answer.thinking, signature: `sig_${prepared.id}` });
  content.push({ type: "text", text: prepared.answer.text });
  return Response.json({
    id: `msg_${prepared.id.slice(0, 24)}`,
    type: "message",
    role: "assistant",
    model: model.dated,
    content,
    stop_reason: "end_turn",
    stop_sequence: null,
    usage: usage(prepared, prepared.outputTokens + prepared.thinkingTokens),
    credits_consumed: prepared.credits,
  });
}

export async function anthropicModels(): Promise<Response> {
  const data = CLAUDE_MODELS.map((m) => ({
    type: "model",
    id: m.id,
    display_name: m.display_name,
    created_at: "1970-01-01T00:00:00Z",
    max_input_tokens: 200_000,
    max_tokens: 64_000,
  }));
  return Response.json({ data, first_id: data[0]?.id, has_more: false, last_id: data.at(-1)?.id });
}
