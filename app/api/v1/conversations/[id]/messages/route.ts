import { startAnswer } from "@/lib/chat/answer";
import { answerStreamResponse } from "@/lib/chat/browser-stream";
import { chatUser, type IdParams, parseWith } from "@/lib/chat/route-helpers";
import { postMessageSchema } from "@/lib/chat/schemas";
import { handler, readJson } from "@/lib/http";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** Four 5 MB images as data URLs (the upload fallback) plus the text. */
const MAX_BODY_CHARS = 30_000_000;

/**
 * POST {action: "send"|"regenerate"|"edit", …} → `text/event-stream` of the answer (start, thinking,
 * text, then done|error|stopped). The server reads Kie to the end and saves as it goes, whether or
 * not this stream is still being read; only the stop route aborts the answer.
 */
export const POST = handler(async (req: Request, ctx: IdParams) => {
  const user = await chatUser(req);
  const { id } = await ctx.params;
  const input = parseWith(postMessageSchema, await readJson(req, MAX_BODY_CHARS));
  return answerStreamResponse(await startAnswer(user.id, id, input));
});
