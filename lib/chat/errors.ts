/** Human messages for Kie's body codes on chat endpoints (REFERENCE §1.3, §12). */
const KIE_CODE_MESSAGES: Record<number, string> = {
  401: "Kie refused the API key (401). Check KIE_API_KEY on the server.",
  402: "Your Kie balance is too low for this answer (402). Top up credits and try again.",
  429: "Kie is rate limiting requests right now (429). Wait a moment and try again.",
  433: "This Kie sub-key has reached its usage limit (433).",
  455: "Kie is under maintenance (455). Try again later.",
  500: "Kie had a server error (500). Try again.",
};

export function messageForKieCode(code: number, msg: string): string {
  const known = KIE_CODE_MESSAGES[code];
  if (known) return known;
  return msg ? `Kie answered ${code}: ${msg}` : `Kie answered with error ${code}.`;
}

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Recognises an error in a chat body, whatever its dialect: Kie's `{code, msg}` (often with HTTP
 * 200), OpenAI/Gemini `{error: {message}}`, Anthropic `{type: "error", error: {message}}`.
 * Returns null for a normal answer.
 */
export function chatErrorFrom(body: unknown, httpStatus = 200): { message: string; code?: number } | null {
  if (!isRec(body)) return null;
  if (typeof body.code === "number" && body.code !== 200 && typeof body.msg === "string") {
    return { message: messageForKieCode(body.code, body.msg), code: body.code };
  }
  const error = body.error;
  if (isRec(error) && (typeof error.message === "string" || typeof error.code === "number")) {
    const code = typeof error.code === "number" ? error.code : httpStatus >= 400 ? httpStatus : undefined;
    const text = typeof error.message === "string" ? error.message : "Unknown error";
    if (code && KIE_CODE_MESSAGES[code] && (code === 401 || code === 402 || code === 429)) {
      return { message: KIE_CODE_MESSAGES[code], code };
    }
    return { message: `The model refused the request: ${text}`, code };
  }
  if (typeof error === "string") return { message: `The model refused the request: ${error}` };
  return null;
}
