import "server-only";
import { budgetStanding } from "@/lib/budgets/arithmetic";
import { containsText, db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { verifiedTokens } from "@/lib/people/tokens";
import type { Role } from "@/lib/people/users";

export type AdminUserRow = {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  disabled: boolean;
  createdAt: Date;
  budget: ReturnType<typeof budgetStanding>;
};

const LIST_LIMIT = 200;

/** Users matching `query` (e-mail or name), newest first, with their budget and usage. */
export async function listUsersForAdmin(query: string, now = new Date()): Promise<AdminUserRow[]> {
  const q = query.trim();
  const users = await db.user.findMany({
    where: q ? { OR: [{ email: containsText(q) }, { name: containsText(q) }] } : {},
    select: { id: true, email: true, name: true, role: true, disabledAt: true, createdAt: true },
    orderBy: { createdAt: "desc" },
    take: LIST_LIMIT,
  });
  const budgets = await db.budget.findMany({
    where: { scope: "user", scopeId: { in: users.map((u) => u.id) } },
  });
  const byUser = new Map(budgets.map((b) => [b.scopeId, b]));
  const none = {
    dailyCredits: null,
    monthlyCredits: null,
    exempt: false,
    dayKey: "",
    dayUsed: 0,
    monthKey: "",
    monthUsed: 0,
  };
  return users.map((u) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role === "admin" ? "admin" : "user",
    disabled: u.disabledAt !== null,
    createdAt: u.createdAt,
    budget: budgetStanding(byUser.get(u.id) ?? none, now),
  }));
}

/** Changes a role; the last active admin cannot be demoted, so the studio is never left without one. */
export async function setUserRole(userId: string, role: Role): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { role: true } });
  if (!user) throw new AppError("not_found", "No such user", { status: 404 });
  if (user.role === role) return;
  if (role === "user") {
    // Conditional: two admins demoting each other at once cannot both succeed.
    const changed = await db.$executeRaw`
      UPDATE "User" SET "role" = 'user', "sessionVersion" = "sessionVersion" + 1
      WHERE "id" = ${userId} AND "role" = 'admin'
        AND (SELECT COUNT(*) FROM "User" WHERE "role" = 'admin' AND "disabledAt" IS NULL AND "id" <> ${userId}) > 0`;
    if (changed !== 1)
      throw new AppError("last_admin", "The studio needs at least one active admin.", { status: 409 });
    return;
  }
  await db.user.update({ where: { id: userId }, data: { role: "admin" } });
}

/**
 * Disabling ends the user's sessions on their next request (the session re-checks it) and their
 * tokens at once here, within a second in other processes (see `verifiedTokens`).
 */
export async function setUserDisabled(actorId: string, userId: string, disabled: boolean): Promise<void> {
  if (disabled && actorId === userId)
    throw new AppError("self_disable", "You cannot disable your own account.", { status: 409 });
  const result = await db.user.updateMany({
    where: { id: userId },
    data: disabled ? { disabledAt: new Date(), sessionVersion: { increment: 1 } } : { disabledAt: null },
  });
  if (result.count !== 1) throw new AppError("not_found", "No such user", { status: 404 });
  verifiedTokens.clear();
}
