import { emptyResponse, kieJson, uploadJson } from "./envelope";

export type Fault =
  | { kind: "code"; code: number; httpStatus: number }
  | { kind: "hang" }
  | { kind: "drop" }
  | { kind: "truncate" }
  | { kind: "delay"; ms: number }
  | { kind: "trickle"; ms: number }
  | { kind: "garbage" }
  | { kind: "expired" };

const MESSAGES: Record<number, string> = {
  400: "Bad request",
  401: "You do not have access permissions",
  402: "The current credit balance is insufficient. Please top up.",
  404: "Not found",
  405: "Rate limit exceeded",
  408: "Upstream timed out",
  422: "Invalid request parameters",
  429: "The frequency of requests is too high. Please try again later.",
  451: "Failed to fetch the image. Kindly verify any access limits set by you or your service provider.",
  455: "The service is currently under maintenance. Please try again later.",
  500: "Server exception, please try again later",
  501: "Generation failed",
  505: "The feature is disabled",
  550: "Connection denied: the queue is full",
};

export function faultMessage(code: number): string {
  return MESSAGES[code] ?? `Simulated error ${code}`;
}

/**
 * `402` → body code 402 with HTTP 200 (Kie's usual signalling); `500` → HTTP 500 as well;
 * `<code>@<http>` picks the HTTP status explicitly, e.g. `500@200`.
 */
export function parseFault(raw: unknown): Fault | null {
  if (typeof raw === "number") return parseFault(String(raw));
  if (typeof raw !== "string") return null;
  const value = raw.trim().toLowerCase();
  if (
    value === "hang" ||
    value === "drop" ||
    value === "truncate" ||
    value === "expired" ||
    value === "garbage"
  )
    return { kind: value };
  const timed = /^(delay|trickle)[=:](\d{1,6})$/.exec(value);
  if (timed) return { kind: timed[1] as "delay" | "trickle", ms: Math.min(Number(timed[2]), 120_000) };
  const match = /^(\d{3})(?:@(\d{3}))?$/.exec(value);
  if (!match) return null;
  const code = Number(match[1]);
  const httpStatus = match[2] ? Number(match[2]) : code === 500 ? 500 : 200;
  if (httpStatus < 200 || httpStatus > 599) return null;
  return { kind: "code", code, httpStatus };
}

/** How a code fault is answered depends on the surface it hits. */
export function codeFaultResponse(
  fault: Extract<Fault, { kind: "code" }>,
  surface: "kie" | "upload" | "media",
): Response {
  const msg = faultMessage(fault.code);
  if (surface === "upload") return uploadJson(fault.code, msg);
  if (surface === "media") {
    const status = fault.code >= 400 && fault.code <= 599 ? fault.code : 500;
    return new Response(msg, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  return kieJson(fault.code, msg, null, fault.httpStatus);
}

/** What a signed media link answers after its lifetime (S3/OSS style): 403 with an XML body. */
export function expiredMediaResponse(): Response {
  return new Response(
    '<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>',
    { status: 403, headers: { "content-type": "application/xml" } },
  );
}

/** An answer no JSON parser accepts (a proxy's error page passed through with HTTP 200). */
export function garbageResponse(): Response {
  return new Response("<html><body><h1>502 Bad Gateway</h1></body></html>", {
    status: 200,
    headers: { "content-type": "text/html" },
  });
}

/** The "socket-ish" failure: no body, 502, and a marker the standalone server uses to reset the socket. */
export function droppedResponse(): Response {
  return emptyResponse(502, { "x-sim-dropped": "1" });
}

type QueuedFault = { path: string; method: string | null; fault: Fault; remaining: number };

/** Faults armed through POST /__sim/faults; each matching request consumes one. */
export class FaultQueue {
  private queued: QueuedFault[] = [];

  add(path: string, fault: Fault, times: number, method: string | null): void {
    this.queued.push({ path, method: method?.toUpperCase() ?? null, fault, remaining: times });
  }

  take(method: string, path: string): Fault | null {
    const entry = this.queued.find(
      (q) => q.remaining > 0 && (q.method === null || q.method === method) && matches(q.path, path),
    );
    if (!entry) return null;
    entry.remaining -= 1;
    this.queued = this.queued.filter((q) => q.remaining > 0);
    return entry.fault;
  }

  list(): Array<{ path: string; method: string | null; fault: Fault; remaining: number }> {
    return this.queued.map((q) => ({ ...q }));
  }

  clear(): void {
    this.queued = [];
  }
}

/** Exact path, or a prefix when the pattern ends with `*` (e.g. `/media/*`). */
function matches(pattern: string, path: string): boolean {
  if (pattern.endsWith("*")) return path.startsWith(pattern.slice(0, -1));
  return pattern === path;
}
