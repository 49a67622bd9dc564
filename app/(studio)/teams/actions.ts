"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { type ActionResult, asSignedIn, invalid } from "@/lib/access/action-result";
import { createInviteLink, revokeInvite } from "@/lib/teams/invites";
import {
  changeRoleSchema,
  createTeamSchema,
  inviteEmailSchema,
  inviteLinkSchema,
  memberSchema,
  removeTeamShareSchema,
  revokeInviteSchema,
  teamIdSchema,
  teamShareSchema,
} from "@/lib/teams/schemas";
import {
  editableTeamCollections,
  removeTeamShare,
  shareIntoTeam,
  type TeamCollectionOption,
} from "@/lib/teams/shares";
import {
  addMemberByEmail,
  changeMemberRole,
  createTeam,
  leaveTeam,
  removeMember,
  transferOwnership,
} from "@/lib/teams/teams";

type Input = FormData | Record<string, unknown>;
const fields = (input: Input) => (input instanceof FormData ? Object.fromEntries(input.entries()) : input);

function parse<T>(schema: z.ZodType<T>, input: Input): T {
  const r = schema.safeParse(fields(input));
  if (!r.success) throw invalid(r.error.issues);
  return r.data;
}

const refreshTeam = (teamId?: string) => revalidatePath(teamId ? `/teams/${teamId}` : "/teams");

export async function createTeamAction(input: Input): Promise<ActionResult<{ teamId: string }>> {
  return asSignedIn(async (user) => {
    const { name } = parse(createTeamSchema, input);
    const team = await createTeam(user.id, name);
    refreshTeam();
    return { teamId: team.id, message: `Team “${name}” created.` };
  });
}

export async function createInviteLinkAction(
  input: Input,
): Promise<ActionResult<{ path: string; expiresAt: string }>> {
  return asSignedIn(async (user) => {
    const form = parse(inviteLinkSchema, input);
    const invite = await createInviteLink(user.id, form.teamId, form);
    refreshTeam(form.teamId);
    return {
      path: `/invite/${invite.token}`,
      expiresAt: invite.expiresAt.toISOString(),
      message: "Invite link created. Copy it now: it is shown only once.",
    };
  });
}

export async function revokeInviteAction(input: Input): Promise<ActionResult> {
  return asSignedIn(async (user) => {
    const form = parse(revokeInviteSchema, input);
    await revokeInvite(user.id, form.teamId, form.inviteId);
    refreshTeam(form.teamId);
    return { message: "Invite revoked: the link no longer works." };
  });
}

export async function addMemberByEmailAction(input: Input): Promise<ActionResult> {
  return asSignedIn(async (user) => {
    const form = parse(inviteEmailSchema, input);
    await addMemberByEmail(user.id, form.teamId, form.email, form.role);
    refreshTeam(form.teamId);
    return { message: `${form.email} joined as ${form.role}.` };
  });
}

export async function changeMemberRoleAction(input: Input): Promise<ActionResult> {
  return asSignedIn(async (user) => {
    const form = parse(changeRoleSchema, input);
    await changeMemberRole(user.id, form.teamId, form.userId, form.role);
    refreshTeam(form.teamId);
    return { message: `Role changed to ${form.role}.` };
  });
}

export async function removeMemberAction(input: Input): Promise<ActionResult> {
  return asSignedIn(async (user) => {
    const form = parse(memberSchema, input);
    await removeMember(user.id, form.teamId, form.userId);
    refreshTeam(form.teamId);
    return { message: "Member removed." };
  });
}

export async function transferOwnershipAction(input: Input): Promise<ActionResult> {
  return asSignedIn(async (user) => {
    const form = parse(memberSchema, input);
    await transferOwnership(user.id, form.teamId, form.userId);
    refreshTeam(form.teamId);
    return { message: "Ownership transferred. You are now an editor." };
  });
}

export async function leaveTeamAction(input: Input): Promise<ActionResult> {
  return asSignedIn(async (user) => {
    const { teamId } = parse(z.object({ teamId: teamIdSchema }), input);
    await leaveTeam(user.id, teamId);
    refreshTeam();
    return { message: "You left the team." };
  });
}

export async function shareIntoTeamAction(input: Input): Promise<ActionResult<{ shareId: string }>> {
  return asSignedIn(async (user) => {
    const form = parse(teamShareSchema, input);
    const { shareId } = await shareIntoTeam(user.id, form.teamId, form);
    refreshTeam(form.teamId);
    return { shareId, message: "Shared with the team." };
  });
}

export async function removeTeamShareAction(input: Input): Promise<ActionResult> {
  return asSignedIn(async (user) => {
    const form = parse(removeTeamShareSchema, input);
    await removeTeamShare(user.id, form.teamId, form.shareId);
    refreshTeam(form.teamId);
    return { message: "Removed from the team gallery." };
  });
}

/** For the generation forms: team collections the caller can add results to. */
export async function teamCollectionOptionsAction(): Promise<
  ActionResult<{ options: TeamCollectionOption[] }>
> {
  return asSignedIn(async (user) => ({ options: await editableTeamCollections(user.id) }));
}
