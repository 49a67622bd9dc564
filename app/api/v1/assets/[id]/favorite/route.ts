import { setFavoriteForUser } from "@/lib/dal/collections";
import { notFound } from "@/lib/errors";
import { handler, json } from "@/lib/http";
import { assetIdSchema, requireApiUser } from "../../request";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

async function setFavorite(req: Request, ctx: Ctx, favorite: boolean) {
  const user = await requireApiUser(req);
  const id = assetIdSchema.safeParse((await ctx.params).id);
  if (!id.success) throw notFound("Result not found");
  await setFavoriteForUser(user.id, id.data, favorite);
  return json({ assetId: id.data, favorite });
}

/** Star a result. Idempotent. */
export const PUT = handler((req: Request, ctx: Ctx) => setFavorite(req, ctx, true));
/** Unstar a result. Idempotent. */
export const DELETE = handler((req: Request, ctx: Ctx) => setFavorite(req, ctx, false));
