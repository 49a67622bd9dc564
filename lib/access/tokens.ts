import { createHash, randomBytes } from "node:crypto";

/** A bearer secret for a URL (invite or share link): 32 random bytes, base64url. */
export function newUrlToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Only this digest is stored, so a database leak does not leak working links. */
export function hashUrlToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Tokens we issued are 43 base64url characters; anything else is rejected before a lookup. */
export function isWellFormedUrlToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
