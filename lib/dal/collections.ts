import "server-only";
import { requireCollection, userActor } from "@/lib/access";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { teamCuratedCollections } from "@/lib/teams/curated-collections";

export type CollectionView = {
  id: string;
  name: string;
  itemCount: number;
  /** The first item's asset, for a cover thumbnail. */
  coverAssetId: string | null;
  createdAt: string;
  updatedAt: string;
  /** The caller made it: only then may they rename, delete or share it. */
  owned: boolean;
  /** For someone else's collection the caller curates as a team owner or editor: that team's name. */
  teamName: string | null;
};

export const COLLECTION_NAME_MAX = 80;

function cleanName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, " ");
  if (!trimmed) throw new AppError("invalid_name", "Give the collection a name", { status: 400 });
  if (trimmed.length > COLLECTION_NAME_MAX)
    throw new AppError("invalid_name", `A collection name can be at most ${COLLECTION_NAME_MAX} characters`, {
      status: 400,
    });
  return trimmed;
}

function nameTaken(err: unknown, name: string): never {
  if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002")
    throw new AppError("name_taken", `You already have a collection called "${name}"`, { status: 409 });
  throw err;
}

/** The caller's collections, most recently changed first. */
export async function listCollectionsForUser(userId: string): Promise<CollectionView[]> {
  return collectionViews({ userId }, () => null);
}

async function collectionViews(
  where: Prisma.CollectionWhereInput,
  teamNameOf: (collectionId: string) => string | null,
): Promise<CollectionView[]> {
  const rows = await db.collection.findMany({
    where,
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    include: {
      _count: { select: { items: true } },
      items: { orderBy: [{ position: "asc" }, { id: "asc" }], take: 1, select: { assetId: true } },
    },
  });
  return rows.map((c) => ({
    id: c.id,
    name: c.name,
    itemCount: c._count.items,
    coverAssetId: c.items[0]?.assetId ?? null,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    owned: teamNameOf(c.id) === null,
    teamName: teamNameOf(c.id),
  }));
}

/** What the gallery offers to add to and filter by: my collections, then team ones I curate. */
export async function listCuratableCollectionsForUser(userId: string): Promise<CollectionView[]> {
  const team = await teamCuratedCollections(userId);
  const [mine, theirs] = await Promise.all([
    listCollectionsForUser(userId),
    team.size
      ? collectionViews(
          { id: { in: [...team.keys()] }, userId: { not: userId } },
          (id) => team.get(id) ?? null,
        )
      : [],
  ]);
  return [...mine, ...theirs];
}

export async function getCollectionForUser(userId: string, id: string): Promise<CollectionView | null> {
  return (await listCollectionsForUser(userId)).find((c) => c.id === id) ?? null;
}

/** Changing what is in a collection: its owner, or an owner/editor of a team it is shared into. */
async function curatedCollection(userId: string, id: string) {
  return requireCollection(userActor(userId), id, "update");
}

async function ownedCollection(userId: string, id: string) {
  const row = await db.collection.findFirst({ where: { id, userId }, select: { id: true } });
  if (!row) throw notFound("Collection not found");
  return row;
}

export async function createCollectionForUser(userId: string, rawName: string): Promise<CollectionView> {
  const name = cleanName(rawName);
  const row = await db.collection.create({ data: { userId, name } }).catch((e) => nameTaken(e, name));
  return {
    id: row.id,
    name: row.name,
    itemCount: 0,
    coverAssetId: null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    owned: true,
    teamName: null,
  };
}

export async function renameCollectionForUser(userId: string, id: string, rawName: string): Promise<void> {
  const name = cleanName(rawName);
  const { count } = await db.collection
    .updateMany({ where: { id, userId }, data: { name } })
    .catch((e) => nameTaken(e, name));
  if (count === 0) throw notFound("Collection not found");
}

/** Removes the collection and its entries; the assets themselves stay in the gallery. */
export async function deleteCollectionForUser(userId: string, id: string): Promise<void> {
  const { count } = await db.collection.deleteMany({ where: { id, userId } });
  if (count === 0) throw notFound("Collection not found");
}

/**
 * Appends the caller's assets to the end of the collection, in the order given. Assets already in
 * it keep their place; ids that are not the caller's mirrored results are skipped. The collection
 * is the caller's or one a team lets them curate; anything else is not found.
 */
export async function addToCollectionForUser(
  userId: string,
  collectionId: string,
  assetIds: readonly string[],
): Promise<{ added: number }> {
  await curatedCollection(userId, collectionId);
  const [owned, present, last] = await Promise.all([
    db.asset.findMany({
      where: { id: { in: [...assetIds] }, userId, status: "mirrored" },
      select: { id: true },
    }),
    db.collectionItem.findMany({
      where: { collectionId, assetId: { in: [...assetIds] } },
      select: { assetId: true },
    }),
    db.collectionItem.findFirst({
      where: { collectionId },
      orderBy: { position: "desc" },
      select: { position: true },
    }),
  ]);
  const ownedIds = new Set(owned.map((a) => a.id));
  const skip = new Set(present.map((p) => p.assetId));
  const fresh = [...new Set(assetIds)].filter((id) => ownedIds.has(id) && !skip.has(id));
  const start = (last?.position ?? 0) + 1;
  await db.$transaction([
    ...fresh.map((assetId, i) =>
      db.collectionItem.upsert({
        where: { collectionId_assetId: { collectionId, assetId } },
        create: { collectionId, assetId, position: start + i },
        update: {},
      }),
    ),
    db.collection.update({ where: { id: collectionId }, data: { updatedAt: new Date() } }),
  ]);
  return { added: fresh.length };
}

/** Takes items out (anyone's, for a team curator); the results themselves stay. */
export async function removeFromCollectionForUser(
  userId: string,
  collectionId: string,
  assetIds: readonly string[],
): Promise<{ removed: number }> {
  await curatedCollection(userId, collectionId);
  const { count } = await db.collectionItem.deleteMany({
    where: { collectionId, assetId: { in: [...assetIds] } },
  });
  await db.collection.update({ where: { id: collectionId }, data: { updatedAt: new Date() } });
  return { removed: count };
}

/**
 * Moves one entry just before `beforeAssetId` (or to the end when null). Positions are floats, so
 * a move writes one row: the midpoint of its new neighbours. When the gap runs out of precision the
 * collection is renumbered once.
 */
export async function moveInCollectionForUser(
  userId: string,
  collectionId: string,
  assetId: string,
  beforeAssetId: string | null,
): Promise<void> {
  await curatedCollection(userId, collectionId);
  const items = await db.collectionItem.findMany({
    where: { collectionId },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, assetId: true, position: true },
  });
  const moving = items.find((i) => i.assetId === assetId);
  if (!moving || assetId === beforeAssetId) throw notFound("That result is not in this collection");
  const rest = items.filter((i) => i.id !== moving.id);
  const at = beforeAssetId === null ? rest.length : rest.findIndex((i) => i.assetId === beforeAssetId);
  if (at < 0) throw notFound("That result is not in this collection");
  const prev = rest[at - 1]?.position;
  const next = rest[at]?.position;
  const position =
    prev === undefined ? (next ?? 1) - 1 : next === undefined ? prev + 1 : prev + (next - prev) / 2;
  if (prev !== undefined && next !== undefined && (position <= prev || position >= next)) {
    const ordered = [...rest.slice(0, at), moving, ...rest.slice(at)];
    await db.$transaction(
      ordered.map((item, i) =>
        db.collectionItem.update({ where: { id: item.id }, data: { position: i + 1 } }),
      ),
    );
  } else {
    await db.collectionItem.update({ where: { id: moving.id }, data: { position } });
  }
  await db.collection.update({ where: { id: collectionId }, data: { updatedAt: new Date() } });
}

/** The collection's asset ids in its order (the ZIP of a collection); not the caller's: not found. */
export async function collectionAssetIdsForUser(userId: string, collectionId: string): Promise<string[]> {
  await ownedCollection(userId, collectionId);
  const items = await db.collectionItem.findMany({
    where: { collectionId },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { assetId: true },
  });
  return items.map((i) => i.assetId);
}

/** Star or unstar one of the caller's results; someone else's is not found and nothing changes. */
export async function setFavoriteForUser(userId: string, assetId: string, favorite: boolean): Promise<void> {
  const owned = await db.asset.count({ where: { id: assetId, userId } });
  if (!owned) throw notFound("Result not found");
  if (favorite) {
    await db.favorite.upsert({
      where: { userId_assetId: { userId, assetId } },
      create: { userId, assetId },
      update: {},
    });
  } else {
    await db.favorite.deleteMany({ where: { userId, assetId } });
  }
}

/** Which collections the caller curates hold this asset (the "add to collection" menu ticks them). */
export async function collectionIdsContaining(userId: string, assetId: string): Promise<string[]> {
  const team = await teamCuratedCollections(userId);
  const rows = await db.collectionItem.findMany({
    where: { assetId, collection: { OR: [{ userId }, { id: { in: [...team.keys()] } }] } },
    select: { collectionId: true },
  });
  return rows.map((r) => r.collectionId);
}
