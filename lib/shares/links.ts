import "server-only";
import { requireAsset, requireCollection, userActor } from "@/lib/access";
import { isLive } from "@/lib/access/share-links";
import { hashUrlToken, newUrlToken } from "@/lib/access/tokens";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

const DAY_MS = 24 * 3600_000;

export type ShareItem = { assetId?: string; collectionId?: string };
export type ShareLinkView = { id: string; createdAt: string; expiresAt: string | null; live: boolean };

export const sharePath = (token: string) => `/s/${token}`;

async function requireSharable(userId: string, item: ShareItem): Promise<void> {
  const actor = userActor(userId);
  if (item.assetId) {
    const asset = await requireAsset(actor, item.assetId, "share");
    if (asset.status !== "mirrored") throw new AppError("not_ready", "This result is still being saved.");
  } else await requireCollection(actor, item.collectionId, "share");
}

/** A new public link; the token appears only in the answer (the database keeps its hash). */
export async function createShareLink(
  userId: string,
  item: ShareItem,
  expiresIn: "1" | "7" | "30" | "never",
): Promise<{ path: string; link: ShareLinkView }> {
  await requireSharable(userId, item);
  const token = newUrlToken();
  const expiresAt = expiresIn === "never" ? null : new Date(Date.now() + Number(expiresIn) * DAY_MS);
  const row = await db.shareLink.create({
    data: {
      userId,
      tokenHash: hashUrlToken(token),
      assetId: item.assetId,
      collectionId: item.collectionId,
      expiresAt,
    },
  });
  return { path: sharePath(token), link: toView(row) };
}

/** Only the creator revokes; any other caller (or an unknown id) gets the 404 and nothing changes. */
export async function revokeShareLink(userId: string, linkId: string): Promise<void> {
  const { count } = await db.shareLink.updateMany({
    where: { id: linkId, userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (!count) throw new AppError("not_found", "Not found", { status: 404 });
}

export async function listShareLinks(userId: string, item: ShareItem): Promise<ShareLinkView[]> {
  await requireSharable(userId, item);
  const rows = await db.shareLink.findMany({
    where: {
      userId,
      revokedAt: null,
      ...(item.assetId ? { assetId: item.assetId } : { collectionId: item.collectionId }),
    },
    orderBy: { createdAt: "desc" },
  });
  return rows.map(toView);
}

function toView(row: {
  id: string;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
}): ShareLinkView {
  return {
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    live: isLive(row),
  };
}
