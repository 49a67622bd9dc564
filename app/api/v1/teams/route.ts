import { AppError } from "@/lib/errors";
import { handler, json } from "@/lib/http";
import { getRequestUser } from "@/lib/session";
import { listTeamsForUser } from "@/lib/teams/teams";

export const dynamic = "force-dynamic";

/** The caller's teams with their role in each. */
export const GET = handler(async (req: Request) => {
  const user = await getRequestUser(req);
  if (!user) throw new AppError("unauthorized", "Sign in or send a personal access token", { status: 401 });
  return json({ teams: await listTeamsForUser(user.id) });
});
