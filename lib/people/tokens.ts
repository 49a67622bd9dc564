import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { microCache } from "@/lib/node/micro-cache";
import { type SessionUser, toSessionUser } from "./users";

const TOKEN_PREFIX = "kst_";
/** 32 random bytes → 43 base64url characters. */
const TOKEN_PATTERN = /^kst_[A-Za-z0-9_-]{43}$/;
const SHOWN_PREFIX_LENGTH = TOKEN_PREFIX.length + 8;
const LAST_USED_GRANULARITY_MS = 60_000;

export function generateTokenString(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
}

export function isTokenFormat(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The few characters kept in clear so people can tell their tokens apart. */
export function tokenDisplayPrefix(token: string): string {
  return token.slice(0, SHOWN_PREFIX_LENGTH);
}

export type CreatedToken = { id: string; name: string; prefix: string; token: string };

/** The plaintext token is returned here once; only its hash is stored. */
export async function createPersonalAccessToken(userId: string, name: string): Promise<CreatedToken> {
  const token = generateTokenString();
  const row = await db.apiToken.create({
    data: {
      userId,
      name: name.trim() || "token",
      prefix: tokenDisplayPrefix(token),
      tokenHash: hashToken(token),
    },
  });
  return { id: row.id, name: row.name, prefix: row.prefix, token };
}

export async function listPersonalAccessTokens(userId: string) {
  return db.apiToken.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}

/** Returns false when there is no such live token. */
export async function revokePersonalAccessToken(id: string, userId?: string): Promise<boolean> {
  const result = await db.apiToken.updateMany({
    where: { id, revokedAt: null, ...(userId ? { userId } : {}) },
    data: { revokedAt: new Date() },
  });
  verifiedTokens.clear();
  return result.count > 0;
}

/** The token's owner, or null for malformed, unknown or revoked tokens and disabled owners. */
export async function verifyPersonalAccessToken(
  token: string,
  now = new Date(),
): Promise<{ tokenId: string; user: SessionUser } | null> {
  if (!isTokenFormat(token)) return null;
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { user: { select: { id: true, email: true, name: true, role: true, disabledAt: true } } },
  });
  if (!row || row.revokedAt || row.user.disabledAt) return null;
  const staleBefore = now.getTime() - LAST_USED_GRANULARITY_MS;
  // Writes at most once a minute per token, whatever the request rate; a fresh stamp costs no query.
  if (!row.lastUsedAt || row.lastUsedAt.getTime() < staleBefore)
    await db.apiToken.updateMany({
      where: { id: row.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(staleBefore) } }] },
      data: { lastUsedAt: now },
    });
  return { tokenId: row.id, user: toSessionUser(row.user) };
}

/**
 * What API requests use: API clients poll hard with one token, so a verification is reused for a
 * second. Revoking a token or disabling a user clears it in this process; other processes sharing
 * the database see it within that second.
 */
export const verifiedTokens = microCache(
  { ttlMs: 1000, maxEntries: 10_000, keyOf: (token: string) => hashToken(token) },
  (token: string) => verifyPersonalAccessToken(token),
);
