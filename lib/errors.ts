import { randomBytes } from "node:crypto";

/** The one application error. Only `expose`d errors reach a client with their message. */
export class AppError extends Error {
  readonly code: string;
  readonly expose: boolean;
  readonly status: number;
  readonly fields?: Record<string, string[]>;

  constructor(
    code: string,
    message: string,
    opts: { expose?: boolean; status?: number; fields?: Record<string, string[]>; cause?: unknown } = {},
  ) {
    super(message, { cause: opts.cause });
    this.name = "AppError";
    this.code = code;
    this.expose = opts.expose ?? true;
    this.status = opts.status ?? 400;
    this.fields = opts.fields;
  }
}

export const notFound = (what = "Not found") => new AppError("not_found", what, { status: 404 });

export type PublicError = { code: string; message: string; fields?: Record<string, string[]>; ref?: string };

/** Turns anything thrown into what a client may see; unexposed errors are logged with a reference id. */
export function toPublicError(err: unknown): { status: number; error: PublicError } {
  if (err instanceof AppError && err.expose) {
    return { status: err.status, error: { code: err.code, message: err.message, fields: err.fields } };
  }
  const ref = randomBytes(4).toString("hex");
  console.error(`[error ${ref}]`, err);
  return {
    status: 500,
    error: { code: "internal", message: `Something went wrong (reference ${ref}).`, ref },
  };
}
