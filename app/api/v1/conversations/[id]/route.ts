import { chatUser, type IdParams, parseWith } from "@/lib/chat/route-helpers";
import { updateConversationSchema } from "@/lib/chat/schemas";
import { deleteConversation, getConversation, updateConversation } from "@/lib/chat/store";
import { handler, json, readJson } from "@/lib/http";

export const dynamic = "force-dynamic";

export const GET = handler(async (req: Request, ctx: IdParams) => {
  const user = await chatUser(req);
  const { id } = await ctx.params;
  return json({ conversation: await getConversation(user.id, id) });
});

/** Rename, or change the model/options used for the next answer. */
export const PATCH = handler(async (req: Request, ctx: IdParams) => {
  const user = await chatUser(req);
  const { id } = await ctx.params;
  const patch = parseWith(updateConversationSchema, await readJson(req));
  return json({ conversation: await updateConversation(user.id, id, patch) });
});

export const DELETE = handler(async (req: Request, ctx: IdParams) => {
  const user = await chatUser(req);
  const { id } = await ctx.params;
  await deleteConversation(user.id, id);
  return new Response(null, { status: 204 });
});
