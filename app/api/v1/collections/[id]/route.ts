import { invalid, requireApiUser } from "@/app/api/v1/assets/request";
import {
  deleteCollectionForUser,
  getCollectionForUser,
  renameCollectionForUser,
} from "@/lib/dal/collections";
import { notFound } from "@/lib/errors";
import { handler, json, readJson } from "@/lib/http";
import { collectionIdSchema, nameBody } from "../schemas";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ id: string }> };

async function ownId(ctx: Ctx): Promise<string> {
  const id = collectionIdSchema.safeParse((await ctx.params).id);
  if (!id.success) throw notFound("Collection not found");
  return id.data;
}

export const GET = handler(async (req: Request, ctx: Ctx) => {
  const user = await requireApiUser(req);
  const collection = await getCollectionForUser(user.id, await ownId(ctx));
  if (!collection) throw notFound("Collection not found");
  return json({ collection });
});

/** Rename: `{ "name": "…" }`. */
export const PATCH = handler(async (req: Request, ctx: Ctx) => {
  const user = await requireApiUser(req);
  const id = await ownId(ctx);
  const body = nameBody.safeParse(await readJson(req));
  if (!body.success) invalid(body.error);
  await renameCollectionForUser(user.id, id, body.data.name);
  return json({ collection: await getCollectionForUser(user.id, id) });
});

/** Deletes the collection; its results stay in the gallery. */
export const DELETE = handler(async (req: Request, ctx: Ctx) => {
  const user = await requireApiUser(req);
  await deleteCollectionForUser(user.id, await ownId(ctx));
  return json({ ok: true });
});
