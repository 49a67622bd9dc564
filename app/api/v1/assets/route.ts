import { z } from "zod";
import { listAssetsForUser } from "@/lib/dal/assets";
import { AppError } from "@/lib/errors";
import { handler, json } from "@/lib/http";
import { getRequestUser } from "@/lib/session";

export const dynamic = "force-dynamic";

const listQuery = z.object({
  cursor: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(40),
  kind: z.enum(["image", "audio", "video", "text", "midi"]).optional(),
});

export const GET = handler(async (req: Request) => {
  const user = await getRequestUser(req);
  if (!user) throw new AppError("unauthorized", "Sign in or send a personal access token", { status: 401 });
  const q = listQuery.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!q.success)
    throw new AppError("invalid_query", q.error.issues[0]?.message ?? "Invalid query", { status: 400 });
  return json(await listAssetsForUser(user.id, q.data));
});
