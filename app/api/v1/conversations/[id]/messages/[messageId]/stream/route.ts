import { resumeStreamResponse } from "@/lib/chat/browser-stream";
import { liveAnswers } from "@/lib/chat/live";
import { chatUser, type MessageParams } from "@/lib/chat/route-helpers";
import { ownedConversation } from "@/lib/chat/store";
import { handler, notFoundResponse } from "@/lib/http";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** Re-attaches to an answer still being written (after a reload); 404 once it has finished. */
export const GET = handler(async (req: Request, ctx: MessageParams) => {
  const user = await chatUser(req);
  const { id, messageId } = await ctx.params;
  await ownedConversation(user.id, id);
  const live = liveAnswers().get(messageId);
  if (!live || live.conversationId !== id || live.finished) return notFoundResponse();
  return resumeStreamResponse(live);
});
