import "server-only";
import { env } from "@/lib/env";
import { KieError } from "./errors";

export type KieEnvelope<T = unknown> = { code: number; msg: string; data: T };

type KieRequest = {
  method: "GET" | "POST";
  path: string;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  /**
   * A body sent as is (file uploads): FormData, or a stream with its own multipart content type,
   * which is streamed to Kie without buffering.
   */
  raw?: { body: FormData | ReadableStream<Uint8Array>; contentType?: string };
  /** "upload" targets Kie's file-upload host. */
  host?: "api" | "upload";
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Extra headers (used by tests/simulator fault controls). */
  headers?: Record<string, string>;
};

const REFUSED = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ECONNRESET_BEFORE_SEND"]);

/**
 * The one HTTP client for Kie. Success is decided by the body `code` (Kie answers HTTP 200 with
 * code 422 for errors), and bodies are parsed as JSON whatever the content-type says.
 */
export async function kieRequest<T = unknown>(req: KieRequest): Promise<KieEnvelope<T>> {
  const base = req.host === "upload" ? env.kieUploadBaseUrl : env.kieBaseUrl;
  const url = new URL(base + req.path);
  for (const [k, v] of Object.entries(req.query ?? {}))
    if (v !== undefined) url.searchParams.set(k, String(v));

  const timeout = AbortSignal.timeout(req.timeoutMs ?? 30_000);
  const signal = req.signal ? AbortSignal.any([req.signal, timeout]) : timeout;
  let res: Response;
  try {
    res = await fetch(url, {
      method: req.method,
      headers: {
        Authorization: `Bearer ${env.KIE_API_KEY ?? "demo-key"}`,
        Accept: "application/json",
        "User-Agent": "KieStudio/0.1 (+self-hosted)",
        ...(req.body !== undefined ? { "Content-Type": "application/json" } : {}),
        ...(req.raw?.contentType ? { "Content-Type": req.raw.contentType } : {}),
        ...req.headers,
      },
      body: req.raw?.body ?? (req.body === undefined ? undefined : JSON.stringify(req.body)),
      ...(req.raw?.body instanceof ReadableStream ? { duplex: "half" } : {}),
      signal,
      cache: "no-store",
    });
  } catch (err) {
    if (timeout.aborted) throw new KieError("timeout", "", { mayHaveReachedKie: true });
    if (req.signal?.aborted) throw err;
    const code = errorCode(err);
    throw new KieError("network", code ?? "", { mayHaveReachedKie: !code || !REFUSED.has(code) });
  }

  let text: string;
  try {
    text = await res.text();
  } catch {
    throw new KieError(timeout.aborted ? "timeout" : "network", "", { mayHaveReachedKie: true });
  }
  const parsed = parseJson(text);
  if (!parsed || typeof parsed !== "object") {
    if (!res.ok) throw new KieError(res.status, text.slice(0, 200), { mayHaveReachedKie: true });
    throw new KieError("bad_response", text.slice(0, 200), { mayHaveReachedKie: true });
  }
  const body = parsed as Record<string, unknown>;
  const code = typeof body.code === "number" ? body.code : res.ok ? 200 : res.status;
  const msg = typeof body.msg === "string" ? body.msg : typeof body.message === "string" ? body.message : "";
  if (code !== 200 || body.success === false) {
    // A rejection means Kie decided: it did not create anything.
    throw new KieError(code === 200 ? res.status : code, msg, { mayHaveReachedKie: false });
  }
  return { code, msg, data: body.data as T };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function errorCode(err: unknown): string | undefined {
  const cause = (err as { cause?: { code?: unknown } })?.cause;
  return typeof cause?.code === "string" ? cause.code : undefined;
}
