import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { getRequestUser } from "@/lib/session";

/** The most results one bulk request (delete, add to collection, ZIP) may name. */
export const BULK_MAX = 500;

export const assetIdSchema = z.string().regex(/^[a-z0-9]{10,40}$/i, "Not a valid result id");

export const assetIdsSchema = z
  .array(assetIdSchema, { error: "ids must be a list of result ids" })
  .min(1, "Choose at least one result")
  .max(BULK_MAX, `At most ${BULK_MAX} results at a time`);

export async function requireApiUser(req: Request) {
  const user = await getRequestUser(req);
  if (!user) throw new AppError("unauthorized", "Sign in or send a personal access token", { status: 401 });
  return user;
}

export function invalid(error: z.ZodError): never {
  throw new AppError("invalid_request", error.issues[0]?.message ?? "Invalid request", { status: 400 });
}
