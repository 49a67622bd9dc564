import { createHash } from "node:crypto";
import { describe, expect, it, vi } from "vitest";

// The pure helpers need no database; keep the real client (and env loading) out of unit tests.
vi.mock("@/lib/db", () => ({ db: {}, dbReady: async () => {} }));
vi.mock("@/lib/env", () => ({ env: { mode: "demo", ADMIN_EMAILS: [] } }));

const { generateTokenString, hashToken, isTokenFormat, tokenDisplayPrefix, verifyPersonalAccessToken } =
  await import("@/lib/people/tokens");

describe("personal access tokens", () => {
  it("look like kst_ followed by 43 base64url characters", () => {
    const token = generateTokenString();
    expect(token).toMatch(/^kst_[A-Za-z0-9_-]{43}$/);
    expect(isTokenFormat(token)).toBe(true);
  });

  it("are random", () => {
    const tokens = new Set(Array.from({ length: 200 }, generateTokenString));
    expect(tokens.size).toBe(200);
  });

  it("are stored as a sha256 hex digest, never in clear", () => {
    const token = generateTokenString();
    const hash = hashToken(token);
    expect(hash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(token.slice(4));
  });

  it("keep a short display prefix that does not reveal the secret", () => {
    const token = generateTokenString();
    const prefix = tokenDisplayPrefix(token);
    expect(prefix.startsWith("kst_")).toBe(true);
    expect(prefix.length).toBe(12);
  });

  it.each([
    "",
    "kst_",
    "kst_short",
    `kst_${"a".repeat(42)}`,
    `kst_${"a".repeat(44)}`,
    `pat_${"a".repeat(43)}`,
    `kst_${"a".repeat(42)}=`,
    `kst_${"a".repeat(42)}+`,
    ` kst_${"a".repeat(43)}`,
  ])("rejects malformed token %j", (candidate) => {
    expect(isTokenFormat(candidate)).toBe(false);
  });

  it("answers null for a malformed token without touching the database", async () => {
    await expect(verifyPersonalAccessToken("Bearer nonsense")).resolves.toBeNull();
  });
});
