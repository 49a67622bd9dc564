"use server";

import type { z } from "zod";
import { type ActionResult, asSignedIn, invalid } from "@/lib/access/action-result";
import { type ShareTarget, shareTargetsFor } from "@/lib/teams/shares";
import { createShareLink, listShareLinks, revokeShareLink, type ShareLinkView } from "./links";
import { createShareLinkSchema, listShareLinksSchema, revokeShareLinkSchema } from "./schemas";

function parse<T>(schema: z.ZodType<T>, raw: unknown): T {
  const r = schema.safeParse(raw);
  if (!r.success) throw invalid(r.error.issues);
  return r.data;
}

/** A new public link for one of the caller's results or collections. */
export async function createShareLinkAction(
  raw: unknown,
): Promise<ActionResult<{ path: string; link: ShareLinkView }>> {
  return asSignedIn(async (user) => {
    const form = parse(createShareLinkSchema, raw);
    const created = await createShareLink(user.id, form, form.expiresIn);
    return { ...created, message: "Link created. Anyone with it can view and download." };
  });
}

export async function revokeShareLinkAction(raw: unknown): Promise<ActionResult> {
  return asSignedIn(async (user) => {
    const { linkId } = parse(revokeShareLinkSchema, raw);
    await revokeShareLink(user.id, linkId);
    return { message: "Link revoked: it no longer opens anything." };
  });
}

/** The share dialog's state: live links (without tokens) and the teams this item can go to. */
export async function shareStateAction(
  raw: unknown,
): Promise<ActionResult<{ links: ShareLinkView[]; teams: ShareTarget[] }>> {
  return asSignedIn(async (user) => {
    const item = parse(listShareLinksSchema, raw);
    const links = await listShareLinks(user.id, item);
    return { links, teams: await shareTargetsFor(user.id, item) };
  });
}
