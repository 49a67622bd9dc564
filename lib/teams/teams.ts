import "server-only";
import { isTeamRole, type TeamRole } from "@/lib/access/policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireTeamRight, teamNotFound } from "./membership";

export type TeamSummary = { id: string; name: string; role: TeamRole; members: number; shared: number };

export async function createTeam(userId: string, name: string): Promise<{ id: string }> {
  const team = await db.team.create({
    data: { name, members: { create: { userId, role: "owner" } } },
    select: { id: true },
  });
  return team;
}

export async function listTeamsForUser(userId: string): Promise<TeamSummary[]> {
  const rows = await db.teamMember.findMany({
    where: { userId },
    include: { team: { include: { _count: { select: { members: true, shares: true } } } } },
    orderBy: { createdAt: "asc" },
  });
  return rows
    .filter((m) => isTeamRole(m.role))
    .map((m) => ({
      id: m.team.id,
      name: m.team.name,
      role: m.role as TeamRole,
      members: m.team._count.members,
      shared: m.team._count.shares,
    }));
}

export type MemberView = {
  userId: string;
  email: string;
  name: string | null;
  role: TeamRole;
  joinedAt: string;
};
export type InviteView = { id: string; role: TeamRole; expiresAt: string; uses: number; live: boolean };
export type TeamView = {
  id: string;
  name: string;
  role: TeamRole;
  members: MemberView[];
  /** Only the owner sees invites. */
  invites: InviteView[];
};

export async function getTeamForMember(userId: string, teamId: string): Promise<TeamView | null> {
  const me = await db.teamMember.findUnique({ where: { teamId_userId: { teamId, userId } } });
  if (!me || !isTeamRole(me.role)) return null;
  const team = await db.team.findUniqueOrThrow({
    where: { id: teamId },
    include: {
      members: { include: { user: { select: { email: true, name: true } } }, orderBy: { createdAt: "asc" } },
      invites: me.role === "owner" ? { where: { revokedAt: null }, orderBy: { createdAt: "desc" } } : false,
    },
  });
  const now = new Date();
  return {
    id: team.id,
    name: team.name,
    role: me.role,
    members: team.members
      .filter((m) => isTeamRole(m.role))
      .map((m) => ({
        userId: m.userId,
        email: m.user.email,
        name: m.user.name,
        role: m.role as TeamRole,
        joinedAt: m.createdAt.toISOString(),
      })),
    invites: (team.invites ?? []).map((i) => ({
      id: i.id,
      role: i.role as TeamRole,
      expiresAt: i.expiresAt.toISOString(),
      uses: i.uses,
      live: i.expiresAt > now,
    })),
  };
}

export async function addMemberByEmail(
  ownerId: string,
  teamId: string,
  email: string,
  role: "editor" | "viewer",
): Promise<void> {
  await requireTeamRight(ownerId, teamId, "manageMembers");
  const user = await db.user.findUnique({ where: { email }, select: { id: true, disabledAt: true } });
  if (!user || user.disabledAt)
    throw new AppError("no_such_account", "No account uses that email address. Send an invite link instead.");
  const existing = await db.teamMember.findUnique({ where: { teamId_userId: { teamId, userId: user.id } } });
  if (existing) throw new AppError("already_member", "That person is already in the team.");
  await db.teamMember.create({ data: { teamId, userId: user.id, role } });
}

export async function changeMemberRole(
  ownerId: string,
  teamId: string,
  userId: string,
  role: "editor" | "viewer",
): Promise<void> {
  await requireTeamRight(ownerId, teamId, "manageMembers");
  const member = await db.teamMember.findUnique({ where: { teamId_userId: { teamId, userId } } });
  if (!member) throw teamNotFound();
  if (member.role === "owner")
    throw new AppError("owner_role", "The owner stays owner; transfer ownership to change it.");
  await db.teamMember.update({ where: { id: member.id }, data: { role } });
}

/** Leaving or being removed ends access at once and takes that person's shares out of the team. */
async function dropMember(teamId: string, userId: string): Promise<void> {
  await db.$transaction([
    db.teamShare.deleteMany({ where: { teamId, sharedById: userId } }),
    db.teamMember.delete({ where: { teamId_userId: { teamId, userId } } }),
  ]);
}

export async function removeMember(ownerId: string, teamId: string, userId: string): Promise<void> {
  await requireTeamRight(ownerId, teamId, "manageMembers");
  const member = await db.teamMember.findUnique({ where: { teamId_userId: { teamId, userId } } });
  if (!member) throw teamNotFound();
  if (member.role === "owner") throw new AppError("owner_stays", "The owner cannot be removed.");
  await dropMember(teamId, userId);
}

export async function leaveTeam(userId: string, teamId: string): Promise<void> {
  const role = await requireTeamRight(userId, teamId, "view");
  if (role === "owner") {
    const others = await db.teamMember.count({ where: { teamId, userId: { not: userId } } });
    if (others > 0)
      throw new AppError("owner_must_transfer", "Transfer ownership to another member before leaving.");
    // The last member leaving ends the team.
    await db.team.delete({ where: { id: teamId } });
    return;
  }
  await dropMember(teamId, userId);
}

export async function transferOwnership(ownerId: string, teamId: string, newOwnerId: string): Promise<void> {
  await requireTeamRight(ownerId, teamId, "manageMembers");
  if (newOwnerId === ownerId) throw new AppError("already_owner", "You already own this team.");
  const next = await db.teamMember.findUnique({ where: { teamId_userId: { teamId, userId: newOwnerId } } });
  if (!next) throw teamNotFound();
  await db.$transaction([
    db.teamMember.update({ where: { teamId_userId: { teamId, userId: ownerId } }, data: { role: "editor" } }),
    db.teamMember.update({ where: { id: next.id }, data: { role: "owner" } }),
  ]);
}
