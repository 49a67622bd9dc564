import { deleteAssetsForUser } from "@/lib/dal/assets";
import { notFound } from "@/lib/errors";
import { handler, json } from "@/lib/http";
import { getAssetDetailsForUser } from "../details";
import { assetIdSchema, requireApiUser } from "../request";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

/** One of my results with its parameters, credits, lineage and collections. */
export const GET = handler(async (req: Request, ctx: Ctx) => {
  const user = await requireApiUser(req);
  const id = assetIdSchema.safeParse((await ctx.params).id);
  const details = id.success ? await getAssetDetailsForUser(user.id, id.data) : null;
  if (!details) throw notFound("Result not found");
  return json(details);
});

/** Deletes the result and its stored files (the task goes too when nothing else is left of it). */
export const DELETE = handler(async (req: Request, ctx: Ctx) => {
  const user = await requireApiUser(req);
  const id = assetIdSchema.safeParse((await ctx.params).id);
  const { deleted } = id.success ? await deleteAssetsForUser(user.id, [id.data]) : { deleted: [] };
  if (deleted.length === 0) throw notFound("Result not found");
  return json({ deleted });
});
