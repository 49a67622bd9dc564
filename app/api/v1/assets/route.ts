import { z } from "zod";
import { listAssetsForUser } from "@/lib/dal/assets";
import { AppError } from "@/lib/errors";
import { handler, json } from "@/lib/http";
import { getRequestUser } from "@/lib/session";

export const dynamic = "force-dynamic";

const operationIds = z
  .string()
  .max(2000, "Too many operations")
  .transform((v) =>
    v
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .pipe(
    z
      .array(z.string().regex(/^[a-z0-9][a-z0-9._/-]{0,119}$/i, "operations must be operation ids"))
      .max(50, "At most 50 operations"),
  );

const listQuery = z.object({
  cursor: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(40),
  kind: z.enum(["image", "audio", "video", "text", "midi"]).optional(),
  /** Comma-separated operation ids: only results those operations made. */
  operations: operationIds.optional(),
});

export const GET = handler(async (req: Request) => {
  const user = await getRequestUser(req);
  if (!user) throw new AppError("unauthorized", "Sign in or send a personal access token", { status: 401 });
  const q = listQuery.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!q.success)
    throw new AppError("invalid_query", q.error.issues[0]?.message ?? "Invalid query", { status: 400 });
  return json(await listAssetsForUser(user.id, q.data));
});
