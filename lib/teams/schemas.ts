import { z } from "zod";

const id = (what: string) =>
  z.string({ error: `Choose a ${what}` }).regex(/^[a-z0-9]{10,40}$/i, `That ${what} does not exist`);

export const teamIdSchema = id("team");
export const userIdSchema = id("member");

export const teamNameSchema = z
  .string({ error: "Give the team a name" })
  .trim()
  .min(2, "The team name needs at least 2 characters")
  .max(60, "The team name can be at most 60 characters");

/** Roles a member can be given; "owner" moves only by transferring ownership. */
export const memberRoleSchema = z.enum(["editor", "viewer"], { error: "The role must be editor or viewer" });

export const INVITE_LIFETIMES_DAYS = [1, 7, 30] as const;

export const createTeamSchema = z.object({ name: teamNameSchema });

export const inviteLinkSchema = z.object({
  teamId: teamIdSchema,
  role: memberRoleSchema,
  expiresInDays: z.coerce
    .number({ error: "Choose when the invite expires" })
    .refine(
      (d) => (INVITE_LIFETIMES_DAYS as readonly number[]).includes(d),
      "An invite lasts 1, 7 or 30 days",
    ),
});

export const inviteEmailSchema = z.object({
  teamId: teamIdSchema,
  role: memberRoleSchema,
  email: z.email("Enter the email address of an existing account").trim().toLowerCase().max(254),
});

export const memberSchema = z.object({ teamId: teamIdSchema, userId: userIdSchema });
export const changeRoleSchema = memberSchema.extend({ role: memberRoleSchema });
export const revokeInviteSchema = z.object({ teamId: teamIdSchema, inviteId: id("invite") });

/** Exactly one item: an asset or a collection. */
export const shareItemSchema = z
  .object({
    assetId: id("result").optional(),
    collectionId: id("collection").optional(),
  })
  .refine((v) => (v.assetId ? 1 : 0) + (v.collectionId ? 1 : 0) === 1, "Share one result or one collection");

export const teamShareSchema = z.object({ teamId: teamIdSchema }).and(shareItemSchema);
export const removeTeamShareSchema = z.object({ teamId: teamIdSchema, shareId: id("shared item") });
