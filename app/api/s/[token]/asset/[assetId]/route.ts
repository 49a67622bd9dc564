import { z } from "zod";
import { authorizeAsset, linkActor } from "@/lib/access";
import { serveAsset } from "@/lib/assets/serve";
import { notFoundResponse } from "@/lib/http";

export const dynamic = "force-dynamic";

const query = z.object({
  variant: z.enum(["original", "thumb", "poster"]).default("original"),
  download: z.enum(["1", "true"]).optional(),
});

/**
 * A file behind a public share link, for anyone holding the link. Only assets the link covers are
 * served; a revoked or expired link answers 404 from the next request on (no long-lived caching).
 */
async function serve(req: Request, ctx: { params: Promise<{ token: string; assetId: string }> }) {
  const { token, assetId } = await ctx.params;
  const q = query.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!q.success) return notFoundResponse();
  const download = q.data.download !== undefined;
  const asset = await authorizeAsset(linkActor(token), assetId, download ? "download" : "read");
  if (asset?.status !== "mirrored") return notFoundResponse();
  const res = await serveAsset(req, asset, q.data.variant, download);
  res.headers.set("Cache-Control", "private, no-cache");
  res.headers.set("Referrer-Policy", "no-referrer");
  return res;
}

export const GET = serve;
export const HEAD = serve;
