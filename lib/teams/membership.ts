import "server-only";
import { isTeamRole, type TeamRole, teamRights } from "@/lib/access/policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** A team the caller does not belong to does not exist, as far as the caller can tell. */
export const teamNotFound = () => new AppError("not_found", "Not found", { status: 404 });

export async function roleIn(userId: string, teamId: string): Promise<TeamRole | null> {
  const m = await db.teamMember.findUnique({ where: { teamId_userId: { teamId, userId } } });
  return m && isTeamRole(m.role) ? m.role : null;
}

type Right = keyof ReturnType<typeof teamRights>;

const REFUSED: Record<Right, string> = {
  view: "Not found",
  manageShares: "Viewers can look and download; ask an editor or the owner to change what is shared.",
  manageMembers: "Only the team owner can manage members and invites.",
};

/**
 * The caller's role when it carries `right`. Non-members get the 404; members without the right
 * get a plain explanation (they can already see the team, so nothing is revealed).
 */
export async function requireTeamRight(userId: string, teamId: string, right: Right): Promise<TeamRole> {
  const role = await roleIn(userId, teamId);
  if (!role) throw teamNotFound();
  if (!teamRights(role)[right]) throw new AppError("forbidden", REFUSED[right], { status: 403 });
  return role;
}
