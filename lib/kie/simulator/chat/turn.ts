import { randomUUID } from "node:crypto";
import type { SimContext } from "../state";
import { composeAnswer, countTokens, type SimAnswer, tokenize } from "./answers";
import { chatRate } from "./catalogue";
import { allText, type ChatMarkers, chatCodeResponse, markersIn } from "./markers";
import type { SsePlan } from "./sse";

export type Turn = {
  model: string;
  /** The last user message's text. */
  prompt: string;
  body: Record<string, unknown>;
  json: boolean;
  thinking: boolean;
};

export type PreparedTurn = {
  id: string;
  answer: SimAnswer;
  /** Chunks of the answer text and thinking, as streamed. */
  textChunks: string[];
  thinkingChunks: string[];
  credits: number;
  inputTokens: number;
  outputTokens: number;
  thinkingTokens: number;
  markers: ChatMarkers;
  created: number;
};

/** Applies prompt markers and billing; a Response means the turn ends there (fault or 402). */
export function prepareTurn(ctx: SimContext, turn: Turn): PreparedTurn | Response {
  const text = allText(turn.body);
  const markers = markersIn(text);
  if (markers.code) return chatCodeResponse(markers.code);
  const answer = composeAnswer(turn.prompt, { model: turn.model, json: turn.json, long: markers.long });
  if (!turn.thinking) answer.thinking = "";
  const inputTokens = countTokens(text);
  const outputTokens = countTokens(answer.text);
  const thinkingTokens = answer.thinking ? countTokens(answer.thinking) : 0;
  const rate = chatRate(turn.model);
  const credits =
    Math.round(((inputTokens * rate.input + (outputTokens + thinkingTokens) * rate.output) / 1000) * 100) /
      100 || 0.01;
  if (ctx.credits.balance < credits) return chatCodeResponse(402);
  ctx.credits.debit(credits);
  return {
    id: randomUUID().replace(/-/g, ""),
    answer,
    textChunks: tokenize(answer.text),
    thinkingChunks: tokenize(answer.thinking),
    credits,
    inputTokens,
    outputTokens,
    thinkingTokens,
    markers,
    created: Math.floor(Date.now() / 1000),
  };
}

/** `[sim:disconnect]` cuts the stream after about a third of the answer. */
export function planFor(turn: PreparedTurn, frames: string[]): SsePlan {
  return {
    frames,
    disconnectAfter: turn.markers.disconnect ? Math.max(2, Math.floor(frames.length / 3)) : undefined,
    slowFirstToken: turn.markers.slowFirstToken,
    long: turn.markers.long,
  };
}
