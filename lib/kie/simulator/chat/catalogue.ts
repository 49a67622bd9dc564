/** The language models the simulated Kie answers for, per endpoint (REFERENCE §12). */
export const COMPLETIONS_MODELS = new Set([
  "gpt-5-2",
  "gemini-2.5-flash",
  "gemini-2.5-pro",
  "gemini-3-pro",
  "gemini-3-flash",
  "gemini-3.1-pro",
  "gemini-3-5-flash",
  "gemini-3-6-flash-openai",
]);

export const LEGACY_COMPLETIONS_MODELS = new Set(["deepseek-chat", "deepseek-reasoner"]);

export const GEMINI_NATIVE_MODELS = new Set([
  "gemini-3-flash-v1beta",
  "gemini-3-flash",
  "gemini-3-5-flash",
  "gemini-3-8-flash",
]);

export const RESPONSES_MODELS: Record<string, Set<string>> = {
  "/codex/v1/responses": new Set(["gpt-5-4", "gpt-5-5", "gpt-6-astra"]),
  "/api/v1/responses": new Set([
    "gpt-5-codex",
    "gpt-5.1-codex",
    "gpt-5.2-codex",
    "gpt-5.3-codex",
    "gpt-5.4-codex",
  ]),
  "/grok/v1/responses": new Set(["grok-4-3", "grok-4-5", "grok-4-6", "grok-4-7"]),
  "/openai/v1/responses": new Set(["kimi-k3", "deepseek-v4-1-flash"]),
};

/** How /openai/v1/responses names third-party models in its answers (live: `moonshotai/kimi-k3`). */
export const RESPONSES_MODEL_NAMES: Record<string, string> = {
  "kimi-k3": "moonshotai/kimi-k3",
  "deepseek-v4-1-flash": "deepseek/deepseek-v4-1-flash",
};

/** `GET /anthropic/v1/models` as recorded live on 2026-09-30 (display names are ours). */
export const CLAUDE_MODELS: ReadonlyArray<{ id: string; display_name: string; dated: string }> = [
  { id: "claude-fable-5", display_name: "Claude Fable 5", dated: "claude-fable-5-20260901" },
  { id: "claude-opus-5-5", display_name: "Claude Opus 5.5", dated: "claude-opus-5-5-20260915" },
  { id: "claude-opus-5", display_name: "Claude Opus 5", dated: "claude-opus-5-20260701" },
  { id: "claude-sonnet-5-5", display_name: "Claude Sonnet 5.5", dated: "claude-sonnet-5-5-20260915" },
  { id: "claude-sonnet-5", display_name: "Claude Sonnet 5", dated: "claude-sonnet-5-20260701" },
  { id: "claude-opus-4-8", display_name: "Claude Opus 4.8", dated: "claude-opus-4-8-20260601" },
  { id: "claude-opus-4-7", display_name: "Claude Opus 4.7", dated: "claude-opus-4-7-20260415" },
  { id: "claude-opus-4-6", display_name: "Claude Opus 4.6", dated: "claude-opus-4-6-20260205" },
  { id: "claude-sonnet-4-6", display_name: "Claude Sonnet 4.6", dated: "claude-sonnet-4-6-20260217" },
  { id: "claude-opus-4-5", display_name: "Claude Opus 4.5", dated: "claude-opus-4-5-20251101" },
  { id: "claude-sonnet-4-5", display_name: "Claude Sonnet 4.5", dated: "claude-sonnet-4-5-20250929" },
  { id: "claude-haiku-4-5", display_name: "Claude Haiku 4.5", dated: "claude-haiku-4-5-20251001" },
];

/** Credits per 1,000 tokens (input, output); tiny numbers like Kie's live 0.01–0.5 per request. */
export function chatRate(model: string): { input: number; output: number } {
  if (/opus|gpt-5-5|pro/.test(model)) return { input: 0.6, output: 3 };
  if (/sonnet|gpt|grok|codex/.test(model)) return { input: 0.3, output: 1.5 };
  return { input: 0.05, output: 0.2 };
}
