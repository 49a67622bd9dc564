import { invalid, requireApiUser } from "@/app/api/v1/assets/request";
import { createCollectionForUser, listCuratableCollectionsForUser } from "@/lib/dal/collections";
import { handler, json, readJson } from "@/lib/http";
import { nameBody } from "./schemas";

export const dynamic = "force-dynamic";

/**
 * My collections, most recently changed first, then team collections I may add to and take from
 * (`owned: false`, with `teamName`).
 */
export const GET = handler(async (req: Request) => {
  const user = await requireApiUser(req);
  return json({ items: await listCuratableCollectionsForUser(user.id) });
});

/** `{ "name": "…" }` → the new, empty collection. */
export const POST = handler(async (req: Request) => {
  const user = await requireApiUser(req);
  const body = nameBody.safeParse(await readJson(req));
  if (!body.success) invalid(body.error);
  return json({ collection: await createCollectionForUser(user.id, body.data.name) }, { status: 201 });
});
