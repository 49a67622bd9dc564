import { invalid, kieSuccess, readJsonObject } from "../envelope";
import { settleActive } from "../lifecycle";
import { freshMediaUrl, resolveMediaUrl } from "../media-urls";
import type { SimContext } from "../state";

/** GET /api/v1/chat/credit → data is the balance (fractional, like live). */
export async function creditBalance(_req: Request, ctx: SimContext): Promise<Response> {
  settleActive(ctx);
  return kieSuccess(ctx.credits.balance);
}

/** POST /api/v1/common/download-url {url} → a fresh link (plain string) for simulator media only. */
export async function commonDownloadUrl(req: Request, ctx: SimContext): Promise<Response> {
  const body = await readJsonObject(req);
  const url = typeof body.url === "string" ? body.url.trim() : "";
  if (!url) throw invalid("url cannot be blank");
  const resolved = await resolveMediaUrl(ctx, url);
  if (!resolved) throw invalid("url is wrong");
  return kieSuccess(freshMediaUrl(ctx, resolved.key));
}
