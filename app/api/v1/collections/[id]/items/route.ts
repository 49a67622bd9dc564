import { invalid, requireApiUser } from "@/app/api/v1/assets/request";
import { addToCollectionForUser, removeFromCollectionForUser } from "@/lib/dal/collections";
import { notFound } from "@/lib/errors";
import { handler, json, readJson } from "@/lib/http";
import { collectionIdSchema, idsBody } from "../../schemas";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

async function parse(req: Request, ctx: Ctx) {
  const user = await requireApiUser(req);
  const id = collectionIdSchema.safeParse((await ctx.params).id);
  if (!id.success) throw notFound("Collection not found");
  const body = idsBody.safeParse(await readJson(req));
  if (!body.success) invalid(body.error);
  return { userId: user.id, collectionId: id.data, ids: body.data.ids };
}

/** Appends `{ "ids": [...] }` (my results only) to the end of the collection. */
export const POST = handler(async (req: Request, ctx: Ctx) => {
  const { userId, collectionId, ids } = await parse(req, ctx);
  return json(await addToCollectionForUser(userId, collectionId, ids));
});

/** Takes `{ "ids": [...] }` out of the collection (the results themselves stay). */
export const DELETE = handler(async (req: Request, ctx: Ctx) => {
  const { userId, collectionId, ids } = await parse(req, ctx);
  return json(await removeFromCollectionForUser(userId, collectionId, ids));
});
