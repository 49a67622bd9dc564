import { isWellFormedId } from "@/lib/access/actor";
import { AppError } from "@/lib/errors";
import { handler, json, notFoundResponse } from "@/lib/http";
import { getRequestUser } from "@/lib/session";
import { listTeamGallery } from "@/lib/teams/shares";
import { getTeamForMember } from "@/lib/teams/teams";

export const dynamic = "force-dynamic";

/** One team the caller belongs to: members, (for owners) invites, and the team gallery. */
export const GET = handler(async (req: Request, ctx: { params: Promise<{ teamId: string }> }) => {
  const user = await getRequestUser(req);
  if (!user) throw new AppError("unauthorized", "Sign in or send a personal access token", { status: 401 });
  const { teamId } = await ctx.params;
  if (!isWellFormedId(teamId)) return notFoundResponse();
  const [team, gallery] = await Promise.all([
    getTeamForMember(user.id, teamId),
    listTeamGallery(user.id, teamId),
  ]);
  return team && gallery ? json({ team, gallery }) : notFoundResponse();
});
