import "server-only";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/lib/auth";
import { db, dbReady } from "@/lib/db";
import { verifiedTokens } from "@/lib/people/tokens";
import { type SessionUser, toSessionUser } from "@/lib/people/users";

export type { Role, SessionUser } from "@/lib/people/users";

/**
 * The signed-in user, re-checked against the database on every request so that disabling an
 * account or bumping its sessionVersion ends its sessions at once. Deduplicated per request.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id || typeof session.sv !== "number") return null;
  await dbReady();
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, disabledAt: true, sessionVersion: true },
  });
  if (!user || user.disabledAt || user.sessionVersion !== session.sv) return null;
  return toSessionUser(user);
});

/** For pages, layouts and server actions: the user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  return user;
}

/** Non-admins get a 404 so admin surfaces are not advertised. */
export async function requireAdmin(): Promise<SessionUser> {
  const user = await requireUser();
  if (user.role !== "admin") notFound();
  return user;
}

/**
 * For route handlers: a personal access token (`Authorization: Bearer kst_…`) or the session
 * cookie. A request that presents a bearer token is judged by that token alone.
 */
export async function getRequestUser(req: Request): Promise<SessionUser | null> {
  const authorization = req.headers.get("authorization");
  if (authorization !== null) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) return null;
    await dbReady();
    const verified = await verifiedTokens.get(match[1]);
    return verified?.user ?? null;
  }
  return getCurrentUser();
}
