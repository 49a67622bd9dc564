import "server-only";
import { db } from "@/lib/db";
import type { ShareLink } from "@/lib/generated/prisma/client";
import { hashUrlToken, isWellFormedUrlToken } from "./tokens";

/** A link is live until revoked or past its expiry; either way it then opens nothing. */
export function isLive(link: Pick<ShareLink, "revokedAt" | "expiresAt">, now = new Date()): boolean {
  return !link.revokedAt && (!link.expiresAt || link.expiresAt > now);
}

/**
 * The live share link a token names, or null. The link also dies when its item changed hands or
 * disappeared: it must still point at something its creator owns.
 */
export async function liveShareLink(token: string | null | undefined): Promise<ShareLink | null> {
  if (!token || !isWellFormedUrlToken(token)) return null;
  const link = await db.shareLink.findUnique({ where: { tokenHash: hashUrlToken(token) } });
  if (!link || !isLive(link)) return null;
  if (link.assetId) {
    const owned = await db.asset.count({ where: { id: link.assetId, userId: link.userId } });
    return owned ? link : null;
  }
  if (link.collectionId) {
    const owned = await db.collection.count({ where: { id: link.collectionId, userId: link.userId } });
    return owned ? link : null;
  }
  return null;
}
