import { chatUser, parseWith } from "@/lib/chat/route-helpers";
import { createConversationSchema, listQuerySchema } from "@/lib/chat/schemas";
import { createConversation, listConversations } from "@/lib/chat/store";
import { handler, json, readJson } from "@/lib/http";

export const dynamic = "force-dynamic";

/** GET ?q= — the user's conversations, newest first, searched in titles and messages. */
export const GET = handler(async (req: Request) => {
  const user = await chatUser(req);
  const { q } = parseWith(listQuerySchema, Object.fromEntries(new URL(req.url).searchParams));
  return json({ conversations: await listConversations(user.id, q || undefined) });
});

export const POST = handler(async (req: Request) => {
  const user = await chatUser(req);
  const input = parseWith(createConversationSchema, await readJson(req));
  return json({ conversation: await createConversation(user.id, input) }, { status: 201 });
});
