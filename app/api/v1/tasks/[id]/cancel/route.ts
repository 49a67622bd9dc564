import { getTaskForUser } from "@/lib/dal/tasks";
import { AppError } from "@/lib/errors";
import { handler, json, notFoundResponse } from "@/lib/http";
import { getRequestUser } from "@/lib/session";
import { cancelTask } from "@/lib/tasks/cancel";

export const dynamic = "force-dynamic";

/** Queued: canceled, nothing spent. Sent: tracking stops (Kie may still bill). Finished: 409. */
export const POST = handler(async (req: Request, ctx: { params: Promise<{ id: string }> }) => {
  const user = await getRequestUser(req);
  if (!user) throw new AppError("unauthorized", "Sign in or send a personal access token", { status: 401 });
  const { id } = await ctx.params;
  if (!/^[a-z0-9]{10,40}$/i.test(id)) return notFoundResponse();
  const { task, sentToKie } = await cancelTask(user.id, id);
  return json({ task: await getTaskForUser(user.id, task.id), sentToKie });
});
