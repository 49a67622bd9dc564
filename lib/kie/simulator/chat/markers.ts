import { kieJson } from "../envelope";

/** Fault controls written into a chat prompt (documented in the simulator README, "Chat"). */
export type ChatMarkers = {
  code?: 401 | 402 | 429 | 500;
  disconnect: boolean;
  slowFirstToken: boolean;
  long: boolean;
};

export function markersIn(text: string): ChatMarkers {
  const code = /\[sim:(401|402|429|500)\]/i.exec(text)?.[1];
  return {
    code: code ? (Number(code) as ChatMarkers["code"]) : undefined,
    disconnect: /\[sim:disconnect\]/i.test(text),
    slowFirstToken: /\[sim:slow-first-token\]/i.test(text),
    long: /\[sim:long\]/i.test(text),
  };
}

/** Chat endpoints answer Kie's body codes with HTTP 200, as recorded live (REFERENCE §12.1). */
export const CHAT_CODE_MESSAGES: Record<number, string> = {
  401: "Unauthorized – Authentication failed. Please check that your Authorization and Content-Type headers are correctly set.",
  402: "The current credit balance is insufficient. Please top up.",
  429: "The frequency of requests is too high. Please try again later.",
  500: "Server exception, please try again later",
};

export function chatCodeResponse(code: number): Response {
  return kieJson(code, CHAT_CODE_MESSAGES[code] ?? `Simulated error ${code}`);
}

/** Every piece of text in a request body, so markers work in any message or the system prompt. */
export function allText(value: unknown): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(allText).join(" ");
  if (typeof value === "object" && value !== null) return Object.values(value).map(allText).join(" ");
  return "";
}
