import { z } from "zod";
import { serveAsset } from "@/lib/assets/serve";
import { getAssetForUser } from "@/lib/dal/assets";
import { notFoundResponse } from "@/lib/http";
import { getRequestUser } from "@/lib/session";

export const dynamic = "force-dynamic";

const query = z.object({
  variant: z.enum(["original", "thumb", "poster"]).default("original"),
  download: z.enum(["1", "true"]).optional(),
});

async function serve(req: Request, ctx: { params: Promise<{ id: string }> }) {
  const user = await getRequestUser(req);
  const { id } = await ctx.params;
  const q = query.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  // Not signed in, not yours, not there, or a bad query: all look the same.
  if (!user || !q.success || !/^[a-z0-9]{10,40}$/i.test(id)) return notFoundResponse();
  const asset = await getAssetForUser(user.id, id);
  if (!asset) return notFoundResponse();
  return serveAsset(req, asset, q.data.variant, q.data.download !== undefined);
}

export const GET = serve;
export const HEAD = serve;
