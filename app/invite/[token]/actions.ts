"use server";

import { redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import { getCurrentUser } from "@/lib/session";
import { acceptInvite } from "@/lib/teams/invites";

export type AcceptState = { error: string | null };

/** Joins with the invite in the URL; a dead invite answers its message and nothing changes. */
export async function acceptInviteAction(token: string, _prev: AcceptState): Promise<AcceptState> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`);
  let teamId: string;
  try {
    ({ teamId } = await acceptInvite(user.id, token));
  } catch (err) {
    if (err instanceof AppError && err.expose) return { error: err.message };
    throw err;
  }
  redirect(`/teams/${teamId}`);
}
