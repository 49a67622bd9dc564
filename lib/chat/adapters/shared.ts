import { chatErrorFrom } from "../errors";
import type { ChatModel } from "../models";
import type {
  ChatAttachment,
  ChatEvent,
  ChatOptions,
  ChatUsage,
  NeutralMessage,
  SseMessage,
  WireRequest,
} from "../types";

export type Rec = Record<string, unknown>;

export const rec = (v: unknown): Rec | undefined =>
  typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Rec) : undefined;
export const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
export const num = (v: unknown): number | undefined =>
  typeof v === "number" && Number.isFinite(v) ? v : undefined;

/** One adapter per wire format: neutral conversation → Kie request, Kie answer → neutral events. */
export type ChatAdapter = {
  build(model: ChatModel, messages: NeutralMessage[], options: ChatOptions, stream: boolean): WireRequest;
  parseStream(events: AsyncIterable<SseMessage>): AsyncGenerator<ChatEvent>;
  parseWhole(body: Rec): ChatEvent[];
};

/** Drops the options this model's format cannot take, so adapters never send unsupported fields. */
export function supportedOptions(model: ChatModel, options: ChatOptions): ChatOptions {
  const { caps } = model;
  const effort =
    options.reasoningEffort && caps.reasoningEfforts.includes(options.reasoningEffort)
      ? options.reasoningEffort
      : undefined;
  return {
    system: options.system?.trim() ? options.system.trim() : undefined,
    temperature: caps.temperature ? options.temperature : undefined,
    reasoningEffort: effort,
    thinking: caps.thinking ? options.thinking : undefined,
    webSearch: caps.webSearch ? options.webSearch : undefined,
    json: caps.json ? options.json : undefined,
  };
}

export function attachmentsOf(message: NeutralMessage): ChatAttachment[] {
  return message.role === "user" ? (message.attachments ?? []) : [];
}

/** `data:<mime>;base64,<data>` → parts, or null for any other URL. */
export function parseDataUrl(url: string): { mime: string; data: string } | null {
  const match = /^data:([\w.+-]+\/[\w.+-]+);base64,(.+)$/s.exec(url);
  return match ? { mime: match[1], data: match[2] } : null;
}

export const INCOMPLETE_MESSAGE = "The connection to Kie closed before the answer was complete.";

export function errorEvent(body: unknown): ChatEvent | null {
  const error = chatErrorFrom(body);
  return error ? { type: "error", ...error } : null;
}

export function compactUsage(usage: ChatUsage): ChatUsage | null {
  const entries = Object.entries(usage).filter(([, v]) => v !== undefined);
  return entries.length ? (Object.fromEntries(entries) as ChatUsage) : null;
}
