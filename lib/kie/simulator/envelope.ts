/** Kie task-style envelope. Kie signals errors in the body `code` with HTTP 200. */
export function kieJson(code: number, msg: string, data: unknown = null, httpStatus = 200): Response {
  return Response.json({ code, msg, data }, { status: httpStatus });
}

export function kieSuccess(data: unknown): Response {
  return kieJson(200, "success", data);
}

/** The upload host adds a top-level `success` flag and omits `data` on errors. */
export function uploadJson(code: number, msg: string, data?: unknown): Response {
  const body: Record<string, unknown> = { success: code === 200, code, msg };
  if (data !== undefined) body.data = data;
  return Response.json(body, { status: 200 });
}

export function plainJson(body: unknown, status = 200): Response {
  return Response.json(body, { status });
}

export function emptyResponse(status: number, headers?: HeadersInit): Response {
  return new Response(null, { status, headers });
}

/** Thrown by request validators; turned into a Kie 4xx body by the router. */
export class InputError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
    this.name = "InputError";
  }
}

export function invalid(message: string): InputError {
  return new InputError(422, message);
}

/** Reads a JSON object body; anything else is a Kie-style 400. */
export async function readJsonObject(req: Request): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await req.text();
  } catch {
    throw new InputError(400, "Failed to read request body");
  }
  if (text.trim() === "") throw new InputError(400, "Request body cannot be empty");
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new InputError(400, "Request body is not valid JSON");
  }
  if (!isRecord(parsed)) throw new InputError(400, "Request body must be a JSON object");
  return parsed;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
