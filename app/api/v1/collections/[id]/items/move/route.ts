import { invalid, requireApiUser } from "@/app/api/v1/assets/request";
import { moveInCollectionForUser } from "@/lib/dal/collections";
import { notFound } from "@/lib/errors";
import { handler, json, readJson } from "@/lib/http";
import { collectionIdSchema, moveBody } from "../../../schemas";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

/** Reorder: `{ "assetId": "…", "before": "<assetId>" | null }` (null moves it to the end). */
export const POST = handler(async (req: Request, ctx: Ctx) => {
  const user = await requireApiUser(req);
  const id = collectionIdSchema.safeParse((await ctx.params).id);
  if (!id.success) throw notFound("Collection not found");
  const body = moveBody.safeParse(await readJson(req));
  if (!body.success) invalid(body.error);
  await moveInCollectionForUser(user.id, id.data, body.data.assetId, body.data.before);
  return json({ ok: true });
});
