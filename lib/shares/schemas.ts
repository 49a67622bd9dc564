import { z } from "zod";
import { shareItemSchema } from "@/lib/teams/schemas";

export const SHARE_LINK_LIFETIMES = ["1", "7", "30", "never"] as const;

export const createShareLinkSchema = z
  .object({
    expiresIn: z.enum(SHARE_LINK_LIFETIMES, { error: "Choose 1, 7 or 30 days, or no expiry" }).default("7"),
  })
  .and(shareItemSchema);

export const revokeShareLinkSchema = z.object({
  linkId: z.string({ error: "Choose a link" }).regex(/^[a-z0-9]{10,40}$/i, "That link does not exist"),
});

export const listShareLinksSchema = shareItemSchema;
