import "server-only";
import { requireAsset, requireCollection, userActor } from "@/lib/access";
import { teamRights } from "@/lib/access/policy";
import { type AssetView, toAssetView } from "@/lib/dal/assets";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { teamCuratedCollections } from "./curated-collections";
import { requireTeamRight, teamNotFound } from "./membership";

const COLLECTION_PREVIEW = 60;

export type SharedBy = { name: string; isMe: boolean };
export type TeamGalleryEntry =
  | {
      shareId: string;
      sharedBy: SharedBy;
      sharedAt: string;
      kind: "asset";
      asset: AssetView;
      prompt: string | null;
    }
  | {
      shareId: string;
      sharedBy: SharedBy;
      sharedAt: string;
      kind: "collection";
      collection: { id: string; name: string; count: number; assets: AssetView[] };
    };

/**
 * Shares one of the caller's results or collections into a team. Sharing needs both the team
 * right (owner or editor) and the item right (only the item's owner may share it onward).
 */
export async function shareIntoTeam(
  userId: string,
  teamId: string,
  item: { assetId?: string; collectionId?: string },
): Promise<{ shareId: string }> {
  await requireTeamRight(userId, teamId, "manageShares");
  const actor = userActor(userId);
  if (item.assetId) {
    const asset = await requireAsset(actor, item.assetId, "share");
    if (asset.status !== "mirrored") throw new AppError("not_ready", "This result is still being saved.");
  } else {
    await requireCollection(actor, item.collectionId, "share");
  }
  const where = item.assetId
    ? { teamId_assetId: { teamId, assetId: item.assetId } }
    : { teamId_collectionId: { teamId, collectionId: item.collectionId as string } };
  const share = await db.teamShare.upsert({
    where,
    create: { teamId, sharedById: userId, assetId: item.assetId, collectionId: item.collectionId },
    update: {},
  });
  return { shareId: share.id };
}

export async function removeTeamShare(userId: string, teamId: string, shareId: string): Promise<void> {
  await requireTeamRight(userId, teamId, "manageShares");
  const { count } = await db.teamShare.deleteMany({ where: { id: shareId, teamId } });
  if (!count) throw teamNotFound();
}

const displayName = (u: { name: string | null; email: string }) => u.name || u.email.split("@")[0];

/** The team gallery, newest share first, with who shared each item. Items that no longer exist drop out. */
export async function listTeamGallery(
  userId: string,
  teamId: string,
): Promise<{ entries: TeamGalleryEntry[]; canManage: boolean } | null> {
  const me = await db.teamMember.findUnique({ where: { teamId_userId: { teamId, userId } } });
  if (!me) return null;
  const shares = await db.teamShare.findMany({
    where: { teamId },
    include: { sharedBy: { select: { name: true, email: true } } },
    orderBy: { createdAt: "desc" },
  });
  const assetIds = shares.flatMap((s) => (s.assetId ? [s.assetId] : []));
  const collectionIds = shares.flatMap((s) => (s.collectionId ? [s.collectionId] : []));
  const [assets, collections] = await Promise.all([
    db.asset.findMany({
      where: { id: { in: assetIds }, status: "mirrored" },
      include: { task: { select: { input: true } } },
    }),
    db.collection.findMany({
      where: { id: { in: collectionIds } },
      include: {
        _count: { select: { items: true } },
        items: {
          where: { asset: { status: "mirrored" } },
          include: { asset: true },
          orderBy: { position: "asc" },
          take: COLLECTION_PREVIEW,
        },
      },
    }),
  ]);
  const assetById = new Map(assets.map((a) => [a.id, a]));
  const collectionById = new Map(collections.map((c) => [c.id, c]));
  const entries: TeamGalleryEntry[] = [];
  for (const s of shares) {
    const base = {
      shareId: s.id,
      sharedBy: { name: displayName(s.sharedBy), isMe: s.sharedById === userId },
      sharedAt: s.createdAt.toISOString(),
    };
    const asset = s.assetId ? assetById.get(s.assetId) : undefined;
    if (asset) {
      const input = JSON.parse(asset.task.input) as { prompt?: unknown };
      const prompt = typeof input.prompt === "string" ? input.prompt : null;
      entries.push({ ...base, kind: "asset", asset: toAssetView(asset), prompt });
    }
    const collection = s.collectionId ? collectionById.get(s.collectionId) : undefined;
    if (collection) {
      entries.push({
        ...base,
        kind: "collection",
        collection: {
          id: collection.id,
          name: collection.name,
          count: collection._count.items,
          assets: collection.items.map((i) => toAssetView(i.asset)),
        },
      });
    }
  }
  return { entries, canManage: teamRights(me.role as "owner" | "editor" | "viewer").manageShares };
}

export type ShareTarget = { teamId: string; teamName: string; shared: boolean };

/** The teams the caller may share into, and whether this item is already there. */
export async function shareTargetsFor(
  userId: string,
  item: { assetId?: string; collectionId?: string },
): Promise<ShareTarget[]> {
  const memberships = await db.teamMember.findMany({
    where: { userId, role: { in: ["owner", "editor"] } },
    include: {
      team: {
        select: {
          name: true,
          shares: {
            where: item.assetId ? { assetId: item.assetId } : { collectionId: item.collectionId ?? "" },
            select: { id: true },
          },
        },
      },
    },
    orderBy: { createdAt: "asc" },
  });
  return memberships.map((m) => ({
    teamId: m.teamId,
    teamName: m.team.name,
    shared: m.team.shares.length > 0,
  }));
}

export type TeamCollectionOption = { collectionId: string; label: string };

/** Collections shared into a team where the caller is owner or editor: where "generate into" may file results. */
export async function editableTeamCollections(userId: string): Promise<TeamCollectionOption[]> {
  const teamById = await teamCuratedCollections(userId);
  const collections = await db.collection.findMany({
    where: { id: { in: [...teamById.keys()] } },
    select: { id: true, name: true },
  });
  const nameById = new Map(collections.map((c) => [c.id, c.name]));
  // Most recently shared first.
  return [...teamById].reverse().flatMap(([id, teamName]) => {
    const name = nameById.get(id);
    return name ? [{ collectionId: id, label: `${teamName} · ${name}` }] : [];
  });
}

const CANDIDATES = 24;

export type ShareCandidates = {
  collections: { id: string; name: string; count: number }[];
  assets: { id: string; kind: string; label: string; thumbUrl: string | null }[];
};

/** The caller's collections and most recent results, to pick what to share into a team. */
export async function shareCandidates(userId: string): Promise<ShareCandidates> {
  const [collections, assets] = await Promise.all([
    db.collection.findMany({
      where: { userId },
      include: { _count: { select: { items: true } } },
      orderBy: { updatedAt: "desc" },
      take: CANDIDATES,
    }),
    db.asset.findMany({
      where: { userId, status: "mirrored" },
      include: { task: { select: { input: true } } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: CANDIDATES,
    }),
  ]);
  return {
    collections: collections.map((c) => ({ id: c.id, name: c.name, count: c._count.items })),
    assets: assets.map((a) => {
      const input = JSON.parse(a.task.input) as { prompt?: unknown };
      const prompt = typeof input.prompt === "string" ? input.prompt : "";
      const view = toAssetView(a);
      return {
        id: a.id,
        kind: a.kind,
        label: a.title || prompt.slice(0, 80) || a.kind,
        thumbUrl: a.kind === "image" ? (view.thumbUrl ?? view.url) : view.posterUrl,
      };
    }),
  };
}
