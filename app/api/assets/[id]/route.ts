import { z } from "zod";
import { authorizeAsset, userActor } from "@/lib/access";
import { serveAsset } from "@/lib/assets/serve";
import { notFoundResponse } from "@/lib/http";
import { getRequestUser } from "@/lib/session";

export const dynamic = "force-dynamic";

const query = z.object({
  variant: z.enum(["original", "thumb", "poster", "peaks"]).default("original"),
  download: z.enum(["1", "true"]).optional(),
});

async function serve(req: Request, ctx: { params: Promise<{ id: string }> }) {
  const user = await getRequestUser(req);
  const { id } = await ctx.params;
  const q = query.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  // Not signed in, not yours or shared with you, not there, or a bad query: all look the same.
  if (!user || !q.success) return notFoundResponse();
  const download = q.data.download !== undefined;
  const asset = await authorizeAsset(userActor(user.id), id, download ? "download" : "read");
  if (asset?.status !== "mirrored") return notFoundResponse();
  return serveAsset(req, asset, q.data.variant, download);
}

export const GET = serve;
export const HEAD = serve;
