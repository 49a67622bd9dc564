import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { hashPassword } from "./passwords";
import { emailSchema, newPasswordSchema } from "./schemas";

export type Role = "user" | "admin";

/** Who is calling: what sessions, tokens and requireUser() hand to the rest of the app. */
export type SessionUser = { id: string; email: string; name: string | null; role: Role };

export type PeopleErrorCode = "email_taken" | "not_found" | "invalid_input";

/** A people-management failure whose message is safe to show to the caller. */
export class PeopleError extends Error {
  readonly expose = true;
  constructor(
    readonly code: PeopleErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "PeopleError";
  }
}

export function toRole(value: string): Role {
  return value === "admin" ? "admin" : "user";
}

export function toSessionUser(row: { id: string; email: string; name: string | null; role: string }) {
  return { id: row.id, email: row.email, name: row.name, role: toRole(row.role) } satisfies SessionUser;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export type CreateUserInput = { email: string; password: string; name?: string; admin?: boolean };

/** Creates an account. Admin when asked, when listed in ADMIN_EMAILS, or when it is the first account. */
export async function createUser(input: CreateUserInput): Promise<SessionUser> {
  const email = emailSchema.safeParse(input.email);
  if (!email.success)
    throw new PeopleError("invalid_input", email.error.issues[0]?.message ?? "Invalid email");
  const password = newPasswordSchema.safeParse(input.password);
  if (!password.success) {
    throw new PeopleError("invalid_input", password.error.issues[0]?.message ?? "Invalid password");
  }
  const admin = input.admin === true || env.ADMIN_EMAILS.includes(email.data);
  const wasEmpty = (await db.user.count()) === 0;
  const passwordHash = await hashPassword(password.data);
  let user: Awaited<ReturnType<typeof db.user.create>>;
  try {
    user = await db.user.create({
      data: {
        email: email.data,
        name: input.name?.trim() || null,
        passwordHash,
        role: admin ? "admin" : "user",
      },
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new PeopleError("email_taken", "An account with this email already exists");
    }
    throw error;
  }
  if (!admin && wasEmpty && (await promoteIfFirst(user.id))) return toSessionUser({ ...user, role: "admin" });
  return toSessionUser(user);
}

/**
 * One conditional statement: of several sign-ups racing on an empty database, only the earliest
 * row becomes admin.
 */
async function promoteIfFirst(userId: string): Promise<boolean> {
  const changed = await db.$executeRaw`
    UPDATE "User" SET "role" = 'admin'
    WHERE "id" = ${userId}
      AND "id" = (SELECT "id" FROM "User" ORDER BY "createdAt" ASC, "id" ASC LIMIT 1)`;
  return changed > 0;
}

export async function findUserByEmail(email: string) {
  return db.user.findUnique({ where: { email: normalizeEmail(email) } });
}

export async function countUsers(): Promise<number> {
  return db.user.count();
}

export async function listUsers() {
  return db.user.findMany({
    orderBy: { createdAt: "asc" },
    select: { id: true, email: true, name: true, role: true, disabledAt: true, createdAt: true },
  });
}

/** Disabling also bumps sessionVersion so every outstanding session stops working. */
export async function setUserDisabled(email: string, disabled: boolean): Promise<void> {
  const where = { email: normalizeEmail(email) };
  const result = await db.user.updateMany({
    where,
    data: disabled ? { disabledAt: new Date(), sessionVersion: { increment: 1 } } : { disabledAt: null },
  });
  if (result.count === 0) throw new PeopleError("not_found", `No account with email ${where.email}`);
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}
