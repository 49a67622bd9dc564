import { AppError } from "@/lib/errors";

const MESSAGES: Record<number, string> = {
  401: "Kie rejected the API key. Check KIE_API_KEY on the server.",
  402: "The Kie account is out of credits. Top up at kie.ai and try again.",
  404: "Kie could not find that resource.",
  405: "Kie's rate limit for this endpoint was exceeded. Try again shortly.",
  408: "Kie timed out waiting for the model.",
  409: "Kie reports this was already created.",
  413: "Kie refused the input as too large or as matching an existing work.",
  429: "Kie is busy (rate limit reached). The request will be retried.",
  430: "Kie reports requests are too frequent. Try again shortly.",
  433: "This Kie sub-key has used up its limit.",
  451: "Kie could not fetch the media URL you provided. Make sure it is public.",
  455: "Kie is under maintenance. Try again later.",
  500: "Kie had an internal error. Try again later.",
  501: "Generation failed at Kie.",
  505: "This feature is currently disabled at Kie.",
  550: "Kie's queue is full. Try again later.",
};

/** A failure reported by Kie (body code) or on the way to it (network, timeout). */
export class KieError extends AppError {
  readonly kieCode: number | "network" | "timeout" | "bad_response";
  readonly kieMessage: string;
  /** False when we know Kie never saw the request; true when it may have (unsafe to retry a create). */
  readonly mayHaveReachedKie: boolean;
  readonly retryable: boolean;

  constructor(kieCode: KieError["kieCode"], kieMessage: string, opts: { mayHaveReachedKie: boolean }) {
    super(`kie_${kieCode}`, userMessage(kieCode, kieMessage), { status: 502 });
    this.name = "KieError";
    this.kieCode = kieCode;
    this.kieMessage = kieMessage;
    this.mayHaveReachedKie = opts.mayHaveReachedKie;
    this.retryable =
      kieCode === 429 ||
      kieCode === 455 ||
      kieCode === 550 ||
      kieCode === "network" ||
      kieCode === "timeout" ||
      // An unreadable answer (a proxy's error page, a cut-off body) says nothing about the task.
      kieCode === "bad_response" ||
      (typeof kieCode === "number" && kieCode >= 500 && kieCode !== 501 && kieCode !== 505);
  }
}

export function userMessage(code: KieError["kieCode"], kieMessage: string): string {
  if (code === "network") return "Could not reach Kie. Check the server's network connection.";
  if (code === "timeout") return "Kie did not answer in time.";
  if (code === "bad_response") return "Kie sent an answer the studio could not read.";
  if (code === 422 || code === 400)
    return kieMessage ? `Kie rejected the request: ${kieMessage}` : "Kie rejected the request.";
  const base = MESSAGES[code] ?? (code >= 500 ? MESSAGES[500] : `Kie answered with code ${code}.`);
  if ((code === 501 || code === 404) && kieMessage) return `${base} (${kieMessage})`;
  return base;
}
