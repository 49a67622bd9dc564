import "server-only";
import { AppError, toPublicError } from "@/lib/errors";

export function json(data: unknown, init: ResponseInit = {}): Response {
  return Response.json(data, { ...init, headers: { "Cache-Control": "no-store", ...init.headers } });
}

export function errorResponse(err: unknown): Response {
  const { status, error } = toPublicError(err);
  return json({ error }, { status });
}

export const notFoundResponse = () =>
  json({ error: { code: "not_found", message: "Not found" } }, { status: 404 });

/** Reads a JSON body with a size cap; a bad body is a clear 400, never a crash. */
export async function readJson(req: Request, maxBytes = 1_000_000): Promise<unknown> {
  const text = await req.text();
  if (text.length > maxBytes)
    throw new AppError("body_too_large", "Request body is too large", { status: 413 });
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("invalid_json", "Request body must be valid JSON", { status: 400 });
  }
}

/** Wraps a route handler so every thrown error becomes a clean JSON answer. */
export function handler<A extends unknown[]>(fn: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    try {
      return await fn(...args);
    } catch (err) {
      return errorResponse(err);
    }
  };
}
