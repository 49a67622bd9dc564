/** The wire formats Kie serves language models through (REFERENCE §12). */
export type ChatFormat = "chat-completions" | "anthropic" | "responses" | "gemini" | "deepseek-legacy";

export type ReasoningEffort = "low" | "medium" | "high" | "xhigh";

/** An image the user attached: an https URL (uploaded to Kie) or a `data:` URL. */
export type ChatAttachment = { kind: "image"; url: string; mime: string; name?: string };

export type ChatRole = "user" | "assistant";

/** Our provider-neutral conversation turn. */
export type NeutralMessage = { role: ChatRole; text: string; attachments?: ChatAttachment[] };

/** Per-conversation options; each adapter sends only what its format supports. */
export type ChatOptions = {
  system?: string;
  temperature?: number;
  reasoningEffort?: ReasoningEffort;
  thinking?: boolean;
  webSearch?: boolean;
  json?: boolean;
};

export type ChatUsage = { inputTokens?: number; outputTokens?: number; thinkingTokens?: number };

/** What a streamed (or whole) answer is reduced to, whatever the format. */
export type ChatEvent =
  | { type: "text"; delta: string }
  | { type: "thinking"; delta: string }
  | { type: "done"; creditsConsumed: number | null; usage: ChatUsage | null; finishReason?: string }
  | { type: "error"; message: string; code?: number };

/** One HTTP call to Kie, relative to the API base URL. */
export type WireRequest = { path: string; body: Record<string, unknown> };

/** A parsed server-sent event. */
export type SseMessage = { event?: string; data: string };
