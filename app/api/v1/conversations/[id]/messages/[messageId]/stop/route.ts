import { stopAnswer } from "@/lib/chat/answer";
import { chatUser, type MessageParams } from "@/lib/chat/route-helpers";
import { handler, json } from "@/lib/http";

export const dynamic = "force-dynamic";

/** Aborts the request to Kie for an answer being written; the partial text is kept as "stopped". */
export const POST = handler(async (req: Request, ctx: MessageParams) => {
  const user = await chatUser(req);
  const { id, messageId } = await ctx.params;
  return json({ stopped: await stopAnswer(user.id, id, messageId) });
});
