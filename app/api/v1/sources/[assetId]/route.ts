import { getSourceForUser } from "@/lib/dal/assets";
import { AppError, notFound } from "@/lib/errors";
import { handler, json } from "@/lib/http";
import { getRequestUser } from "@/lib/session";

export const dynamic = "force-dynamic";

/** One of my finished results as a source for another operation: `{ ref, asset }`; 404 otherwise. */
export const GET = handler(async (req: Request, ctx: { params: Promise<{ assetId: string }> }) => {
  const user = await getRequestUser(req);
  if (!user) throw new AppError("unauthorized", "Sign in or send a personal access token", { status: 401 });
  const { assetId } = await ctx.params;
  const found = /^[a-z0-9]{8,40}$/i.test(assetId) ? await getSourceForUser(user.id, assetId) : undefined;
  if (!found) throw notFound("No such result");
  return json(found);
});
