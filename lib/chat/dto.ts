import type { ChatAttachment, ChatOptions, ChatUsage } from "./types";

/** What the browser sees of a conversation and its messages (client-safe types). */
export type MessageStatus = "streaming" | "done" | "error" | "stopped";

export type ChatMessageDto = {
  id: string;
  role: "user" | "assistant";
  text: string;
  attachments: ChatAttachment[];
  thinking: string | null;
  modelId: string | null;
  status: MessageStatus;
  creditsConsumed: number | null;
  usage: ChatUsage | null;
  error: string | null;
  createdAt: string;
};

export type ConversationSummaryDto = {
  id: string;
  title: string;
  modelId: string;
  updatedAt: string;
};

export type ConversationDto = ConversationSummaryDto & {
  options: ChatOptions;
  messages: ChatMessageDto[];
};

/** Events of our own stream to the browser (`event: <type>` + JSON `data:`). */
export type ChatStreamEvent =
  | { type: "start"; userMessage: ChatMessageDto | null; assistantMessage: ChatMessageDto }
  | { type: "snapshot"; text: string; thinking: string }
  | { type: "text"; delta: string }
  | { type: "thinking"; delta: string }
  | { type: "done"; creditsConsumed: number | null; usage: ChatUsage | null }
  | { type: "error"; message: string }
  | { type: "stopped" };

export function encodeStreamEvent(event: ChatStreamEvent): string {
  const { type, ...data } = event;
  return `event: ${type}\ndata: ${JSON.stringify(data)}\n\n`;
}
