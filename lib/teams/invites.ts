import "server-only";
import { hashUrlToken, isWellFormedUrlToken, newUrlToken } from "@/lib/access/tokens";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireTeamRight, teamNotFound } from "./membership";

const DAY_MS = 24 * 3600_000;

/** The token is shown once, in the link; only its hash is kept. */
export async function createInviteLink(
  ownerId: string,
  teamId: string,
  opts: { role: "editor" | "viewer"; expiresInDays: number },
): Promise<{ token: string; inviteId: string; expiresAt: Date }> {
  await requireTeamRight(ownerId, teamId, "manageMembers");
  const token = newUrlToken();
  const expiresAt = new Date(Date.now() + opts.expiresInDays * DAY_MS);
  const invite = await db.teamInvite.create({
    data: { teamId, createdById: ownerId, tokenHash: hashUrlToken(token), role: opts.role, expiresAt },
  });
  return { token, inviteId: invite.id, expiresAt };
}

export async function revokeInvite(ownerId: string, teamId: string, inviteId: string): Promise<void> {
  await requireTeamRight(ownerId, teamId, "manageMembers");
  const { count } = await db.teamInvite.updateMany({
    where: { id: inviteId, teamId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (!count) throw teamNotFound();
}

export type InvitePreview = { teamName: string; role: string; expiresAt: string };

/** What an invite offers, or null when the link is unknown, expired or revoked (all look alike). */
export async function previewInvite(token: string): Promise<InvitePreview | null> {
  const invite = await liveInvite(token);
  return invite
    ? { teamName: invite.team.name, role: invite.role, expiresAt: invite.expiresAt.toISOString() }
    : null;
}

async function liveInvite(token: string) {
  if (!isWellFormedUrlToken(token)) return null;
  const invite = await db.teamInvite.findUnique({
    where: { tokenHash: hashUrlToken(token) },
    include: { team: { select: { id: true, name: true } } },
  });
  return invite && !invite.revokedAt && invite.expiresAt > new Date() ? invite : null;
}

/** Joins the team with the invite's role. A member already in the team keeps their current role. */
export async function acceptInvite(userId: string, token: string): Promise<{ teamId: string }> {
  const invite = await liveInvite(token);
  if (!invite)
    throw new AppError("invite_dead", "This invite has expired or was revoked. Ask for a new one.", {
      status: 404,
    });
  const teamId = invite.teamId;
  const existing = await db.teamMember.findUnique({ where: { teamId_userId: { teamId, userId } } });
  if (existing) return { teamId };
  await db.$transaction([
    db.teamMember.create({ data: { teamId, userId, role: invite.role } }),
    db.teamInvite.update({ where: { id: invite.id }, data: { uses: { increment: 1 } } }),
  ]);
  return { teamId };
}
