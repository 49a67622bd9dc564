import type { ChatFormat, ReasoningEffort } from "./types";

export type ChatFamily = "GPT" | "Gemini" | "Claude" | "Codex" | "Grok" | "Open models" | "DeepSeek (legacy)";

export type ModelCaps = {
  /** Accepts image attachments. */
  images: boolean;
  temperature: boolean;
  /** Reasoning effort values the format accepts for this model (empty: not adjustable). */
  reasoningEfforts: readonly ReasoningEffort[];
  /** Thinking can be switched on and off (and is streamed back when on). */
  thinking: boolean;
  webSearch: boolean;
  json: boolean;
};

export type ChatModel = {
  /** Our id, unique across formats (Gemini is served by two formats). */
  id: string;
  label: string;
  family: ChatFamily;
  description: string;
  format: ChatFormat;
  /** The model as Kie names it: a path segment (chat completions, Gemini) or the body `model`. */
  wireModel: string;
  /** Endpoint for formats whose path does not derive from the model (Responses, Claude). */
  path?: string;
  caps: ModelCaps;
};

const LOW_HIGH = ["low", "high"] as const;
const RESPONSES_EFFORTS = ["low", "medium", "high", "xhigh"] as const;

const completions = (
  id: string,
  label: string,
  family: ChatFamily,
  description: string,
  caps: Partial<ModelCaps> = {},
): ChatModel => ({
  id,
  label,
  family,
  description,
  format: "chat-completions",
  wireModel: id,
  caps: {
    images: true,
    temperature: false,
    reasoningEfforts: LOW_HIGH,
    thinking: false,
    webSearch: true,
    json: false,
    ...caps,
  },
});

const geminiCompat = (id: string, label: string, description: string): ChatModel =>
  completions(id, label, "Gemini", description, { temperature: true, thinking: true, json: true });

const geminiNative = (wireModel: string, label: string, description: string): ChatModel => ({
  id: `gemini-native/${wireModel}`,
  label,
  family: "Gemini",
  description,
  format: "gemini",
  wireModel,
  caps: {
    images: true,
    temperature: true,
    reasoningEfforts: LOW_HIGH,
    thinking: true,
    webSearch: true,
    json: true,
  },
});

const claude = (wireModel: string, label: string, description: string): ChatModel => ({
  id: wireModel,
  label,
  family: "Claude",
  description,
  format: "anthropic",
  wireModel,
  path: "/claude/v1/messages",
  caps: {
    images: true,
    temperature: true,
    reasoningEfforts: [],
    thinking: true,
    webSearch: false,
    json: false,
  },
});

const responses = (
  wireModel: string,
  path: string,
  label: string,
  family: ChatFamily,
  description: string,
  caps: Partial<ModelCaps> = {},
): ChatModel => ({
  id: wireModel,
  label,
  family,
  description,
  format: "responses",
  wireModel,
  path,
  caps: {
    images: true,
    temperature: false,
    reasoningEfforts: RESPONSES_EFFORTS,
    thinking: false,
    webSearch: true,
    json: false,
    ...caps,
  },
});

const legacy = (wireModel: string, label: string, description: string): ChatModel => ({
  id: `deepseek-legacy/${wireModel}`,
  label,
  family: "DeepSeek (legacy)",
  description,
  format: "deepseek-legacy",
  wireModel,
  path: "/api/v1/chat/completions",
  caps: {
    images: false,
    temperature: true,
    reasoningEfforts: [],
    thinking: false,
    webSearch: false,
    json: false,
  },
});

/** Snapshot of Kie's language models (REFERENCE §12); Kie adds models monthly. */
export const CHAT_MODELS: readonly ChatModel[] = [
  completions(
    "gpt-5-2",
    "GPT-5.2",
    "GPT",
    "OpenAI's general model: strong writing and reasoning, sees images.",
  ),
  geminiCompat(
    "gemini-2.5-flash",
    "Gemini 2.5 Flash",
    "Fast and cheap; good default for everyday questions.",
  ),
  geminiCompat("gemini-2.5-pro", "Gemini 2.5 Pro", "Deeper reasoning over long inputs and images."),
  geminiCompat("gemini-3-flash", "Gemini 3 Flash", "Newest fast Gemini; thinks briefly, answers quickly."),
  geminiCompat("gemini-3-pro", "Gemini 3 Pro", "Google's strongest reasoning model of the 3 series."),
  geminiCompat("gemini-3.1-pro", "Gemini 3.1 Pro", "Refresh of 3 Pro with better coding and tool use."),
  geminiNative(
    "gemini-3-flash-v1beta",
    "Gemini 3 Flash (native)",
    "Gemini's own API: thinking levels and search.",
  ),
  geminiNative("gemini-3-5-flash", "Gemini 3.5 Flash (native)", "Later Flash through Gemini's own API."),
  claude("claude-haiku-4-5", "Claude Haiku 4.5", "Anthropic's quickest model; cheap drafts and summaries."),
  claude("claude-sonnet-4-5", "Claude Sonnet 4.5", "Balanced Claude for writing and code."),
  claude("claude-sonnet-4-6", "Claude Sonnet 4.6", "Newer Sonnet: careful, well-structured answers."),
  claude("claude-opus-4-5", "Claude Opus 4.5", "Anthropic's deep thinker for hard problems."),
  claude("claude-opus-4-6", "Claude Opus 4.6", "Latest Opus; best Claude for long, complex work."),
  responses(
    "gpt-5-4",
    "/codex/v1/responses",
    "GPT-5.4",
    "Codex",
    "GPT-5.4 over the Responses API with adjustable effort.",
  ),
  responses(
    "gpt-5-5",
    "/codex/v1/responses",
    "GPT-5.5",
    "Codex",
    "GPT-5.5 over the Responses API; strongest GPT here.",
  ),
  responses(
    "gpt-5-codex",
    "/api/v1/responses",
    "GPT-5 Codex",
    "Codex",
    "Code-tuned GPT-5 for programming questions.",
  ),
  responses(
    "gpt-5.2-codex",
    "/api/v1/responses",
    "GPT-5.2 Codex",
    "Codex",
    "Newer code-tuned GPT with better refactors.",
  ),
  responses(
    "gpt-5.4-codex",
    "/api/v1/responses",
    "GPT-5.4 Codex",
    "Codex",
    "Latest Codex model for larger code tasks.",
  ),
  responses(
    "grok-4-3",
    "/grok/v1/responses",
    "Grok 4.3",
    "Grok",
    "xAI's Grok: direct answers, live-web aware.",
  ),
  responses("grok-4-6", "/grok/v1/responses", "Grok 4.6", "Grok", "Newer Grok with stronger reasoning."),
  responses(
    "kimi-k3",
    "/openai/v1/responses",
    "Kimi K3",
    "Open models",
    "Moonshot's open model; long context, text only.",
    {
      images: false,
      webSearch: false,
    },
  ),
  responses(
    "deepseek-v4-1-flash",
    "/openai/v1/responses",
    "DeepSeek V4.1 Flash",
    "Open models",
    "Cheap open model; thinking can be switched off.",
    { images: false, webSearch: false, thinking: true },
  ),
  legacy("deepseek-chat", "DeepSeek Chat (legacy)", "Kie's first chat endpoint; may no longer answer."),
  legacy("deepseek-reasoner", "DeepSeek Reasoner (legacy)", "Older reasoning model on the first endpoint."),
];

export const DEFAULT_CHAT_MODEL_ID = "gemini-2.5-flash";
/** Used by "Write with AI": cheap and quick. */
export const ASSIST_MODEL_ID = "gemini-2.5-flash";

export const MAX_IMAGES_PER_MESSAGE = 4;
/** Gemini takes inline images of about 10 MB; Anthropic caps base64 images at 5 MB — we use the lower. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

const BY_ID = new Map(CHAT_MODELS.map((m) => [m.id, m]));

export function chatModel(id: string): ChatModel | undefined {
  return BY_ID.get(id);
}

export function modelsByFamily(): Array<{ family: ChatFamily; models: ChatModel[] }> {
  const groups = new Map<ChatFamily, ChatModel[]>();
  for (const model of CHAT_MODELS) groups.set(model.family, [...(groups.get(model.family) ?? []), model]);
  return [...groups].map(([family, models]) => ({ family, models }));
}
