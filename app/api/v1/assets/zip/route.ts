import { z } from "zod";
import { exportRowsForUser } from "@/lib/dal/assets";
import { collectionAssetIdsForUser, getCollectionForUser } from "@/lib/dal/collections";
import { notFound } from "@/lib/errors";
import { handler, readJson } from "@/lib/http";
import { assetIdSchema, assetIdsSchema, invalid, requireApiUser } from "../request";
import { zipStream } from "./archive";

export const dynamic = "force-dynamic";

/** "Spring covers" → "spring-covers.zip"; anything unprintable falls back to a dated name. */
function zipName(label: string | undefined): string {
  const slug = (label ?? "")
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .replace(/\s+/g, "-")
    .slice(0, 60);
  return `${slug || `kie-studio-${new Date().toISOString().slice(0, 10)}`}.zip`;
}

function zipResponse(userId: string, ids: string[], label?: string): Response {
  return new Response(zipStream(userId, ids), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="${zipName(label)}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** A JSON body `{ "ids": [...] }`, or a form field `ids=a,b,c` (the gallery posts a form so the browser streams to disk). */
async function readIds(req: Request): Promise<unknown> {
  if (!req.headers.get("content-type")?.includes("application/x-www-form-urlencoded")) return readJson(req);
  const ids = new URLSearchParams((await req.text()).slice(0, 100_000)).get("ids") ?? "";
  return { ids: ids.split(",").filter(Boolean) };
}

/** `POST { "ids": [...] }`: the chosen results (only the caller's) as one streamed ZIP. */
export const POST = handler(async (req: Request) => {
  const user = await requireApiUser(req);
  const body = z.object({ ids: assetIdsSchema }).safeParse(await readIds(req));
  if (!body.success) invalid(body.error);
  const ids = [...new Set(body.data.ids)];
  // None of them the caller's: a 404, not an empty archive.
  if ((await exportRowsForUser(user.id, ids)).length === 0)
    throw notFound("None of these results were found");
  return zipResponse(user.id, ids);
});

/** `GET ?collection=<id>`: a whole collection, in its order. */
export const GET = handler(async (req: Request) => {
  const user = await requireApiUser(req);
  const id = assetIdSchema.safeParse(new URL(req.url).searchParams.get("collection") ?? "");
  if (!id.success) throw notFound("Collection not found");
  const collection = await getCollectionForUser(user.id, id.data);
  if (!collection) throw notFound("Collection not found");
  const ids = await collectionAssetIdsForUser(user.id, collection.id);
  if (ids.length === 0) throw notFound("This collection is empty");
  return zipResponse(user.id, ids, collection.name);
});
