import { writeWithAi } from "@/lib/chat/assist";
import { chatUser, parseWith } from "@/lib/chat/route-helpers";
import { assistSchema } from "@/lib/chat/schemas";
import { handler, json, readJson } from "@/lib/http";

export const dynamic = "force-dynamic";

/** "Write with AI": {kind: "lyrics", idea} → {lyrics, style, title}; {kind: "prompt", idea} → {prompt}. */
export const POST = handler(async (req: Request) => {
  await chatUser(req);
  return json(await writeWithAi(parseWith(assistSchema, await readJson(req))));
});
