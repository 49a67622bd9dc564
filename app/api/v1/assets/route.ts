import { z } from "zod";
import { filterFromParams, galleryParamsSchema } from "@/components/gallery/gallery-params";
import { deleteAssetsForUser, listAssetsForUser } from "@/lib/dal/assets";
import { cursorFitsSort, cursorTokenSchema } from "@/lib/dal/gallery-cursor";
import { AppError } from "@/lib/errors";
import { handler, json, readJson } from "@/lib/http";
import { getRequestUser } from "@/lib/session";
import { assetIdsSchema, requireApiUser } from "./request";

export const dynamic = "force-dynamic";

const listQuery = galleryParamsSchema
  .extend({
    cursor: cursorTokenSchema.optional(),
    limit: z.coerce
      .number()
      .int()
      .min(1, "limit must be at least 1")
      .max(100, "limit can be at most 100")
      .default(40),
  })
  .refine((q) => q.cursor === undefined || cursorFitsSort(q.cursor, q.sort, q.collection), {
    message: "cursor belongs to another sort order; start again from the first page",
    path: ["cursor"],
  });

/** One page of my results, filtered, searched and sorted as the gallery URL says. */
export const GET = handler(async (req: Request) => {
  const user = await getRequestUser(req);
  if (!user) throw new AppError("unauthorized", "Sign in or send a personal access token", { status: 401 });
  const q = listQuery.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!q.success)
    throw new AppError("invalid_query", q.error.issues[0]?.message ?? "Invalid query", { status: 400 });
  return json(
    await listAssetsForUser(user.id, {
      ...filterFromParams(q.data),
      cursor: q.data.cursor,
      limit: q.data.limit,
    }),
  );
});

/** Bulk delete: `{ "ids": [...] }`. Ids that are not mine are ignored; the answer lists what went. */
export const DELETE = handler(async (req: Request) => {
  const user = await requireApiUser(req);
  const body = z.object({ ids: assetIdsSchema }).safeParse(await readJson(req));
  if (!body.success)
    throw new AppError("invalid_request", body.error.issues[0]?.message ?? "Invalid request", {
      status: 400,
    });
  return json(await deleteAssetsForUser(user.id, body.data.ids));
});
