import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { getRequestUser, type SessionUser } from "@/lib/session";

export async function chatUser(req: Request): Promise<SessionUser> {
  const user = await getRequestUser(req);
  if (!user) throw new AppError("unauthorized", "Sign in or send a personal access token", { status: 401 });
  return user;
}

/** Validates with zod; the first issue becomes the message, every issue lands in `fields`. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fields: Record<string, string[]> = {};
  for (const issue of result.error.issues) (fields[issue.path.join(".") || "_"] ??= []).push(issue.message);
  throw new AppError("invalid_request", result.error.issues[0]?.message ?? "The request is not valid", {
    status: 400,
    fields,
  });
}

export type IdParams = { params: Promise<{ id: string }> };
export type MessageParams = { params: Promise<{ id: string; messageId: string }> };
