import { invalid, requireApiUser } from "@/app/api/v1/assets/request";
import { createCollectionForUser, listCollectionsForUser } from "@/lib/dal/collections";
import { handler, json, readJson } from "@/lib/http";
import { nameBody } from "./schemas";

export const dynamic = "force-dynamic";

/** My collections, most recently changed first. */
export const GET = handler(async (req: Request) => {
  const user = await requireApiUser(req);
  return json({ items: await listCollectionsForUser(user.id) });
});

/** `{ "name": "…" }` → the new, empty collection. */
export const POST = handler(async (req: Request) => {
  const user = await requireApiUser(req);
  const body = nameBody.safeParse(await readJson(req));
  if (!body.success) invalid(body.error);
  return json({ collection: await createCollectionForUser(user.id, body.data.name) }, { status: 201 });
});
