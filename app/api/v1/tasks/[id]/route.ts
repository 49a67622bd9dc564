import { polledTask } from "@/lib/dal/polled-task";
import { AppError } from "@/lib/errors";
import { handler, json, notFoundResponse } from "@/lib/http";
import { getRequestUser } from "@/lib/session";

export const dynamic = "force-dynamic";

export const GET = handler(async (req: Request, ctx: { params: Promise<{ id: string }> }) => {
  const user = await getRequestUser(req);
  if (!user) throw new AppError("unauthorized", "Sign in or send a personal access token", { status: 401 });
  const { id } = await ctx.params;
  if (!/^[a-z0-9]{10,40}$/i.test(id)) return notFoundResponse();
  const task = await polledTask.get(user.id, id);
  return task ? json({ task }) : notFoundResponse();
});
