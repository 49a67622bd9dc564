import "server-only";
import { db } from "@/lib/db";
import type { Asset, Collection, Task } from "@/lib/generated/prisma/client";
import type { Actor } from "./actor";
import { type AccessFacts, strongestRole, type TeamRole } from "./policy";
import { liveShareLink } from "./share-links";

const NO_FACTS: AccessFacts = { isOwner: false, teamRole: null, viaShareLink: false };

async function collectionsHolding(assetIds: string[]): Promise<string[]> {
  if (!assetIds.length) return [];
  const rows = await db.collectionItem.findMany({
    where: { assetId: { in: assetIds } },
    select: { collectionId: true },
  });
  return [...new Set(rows.map((r) => r.collectionId))];
}

/** The caller's strongest role across the teams these assets or collections are shared into. */
async function teamRoleFor(
  userId: string,
  items: { assetIds?: string[]; collectionIds?: string[] },
): Promise<TeamRole | null> {
  const assetIds = items.assetIds ?? [];
  const collectionIds = items.collectionIds ?? [];
  if (!assetIds.length && !collectionIds.length) return null;
  const shares = await db.teamShare.findMany({
    where: {
      OR: [
        ...(assetIds.length ? [{ assetId: { in: assetIds } }] : []),
        ...(collectionIds.length ? [{ collectionId: { in: collectionIds } }] : []),
      ],
      team: { members: { some: { userId } } },
    },
    select: { team: { select: { members: { where: { userId }, select: { role: true } } } } },
  });
  return strongestRole(shares.flatMap((s) => s.team.members.map((m) => m.role)));
}

export async function assetFacts(actor: Actor, asset: Asset): Promise<AccessFacts> {
  if (actor.userId && actor.userId === asset.userId) return { ...NO_FACTS, isOwner: true };
  const viaCollections = await collectionsHolding([asset.id]);
  const teamRole = actor.userId
    ? await teamRoleFor(actor.userId, { assetIds: [asset.id], collectionIds: viaCollections })
    : null;
  const link = await liveShareLink(actor.shareToken);
  const viaShareLink =
    !!link &&
    (link.assetId === asset.id || (!!link.collectionId && viaCollections.includes(link.collectionId)));
  return { isOwner: false, teamRole, viaShareLink };
}

/** A task is seen through its results: a team member who may see one of them may see the task. */
export async function taskFacts(actor: Actor, task: Task): Promise<AccessFacts> {
  if (actor.userId && actor.userId === task.userId) return { ...NO_FACTS, isOwner: true };
  if (!actor.userId) return NO_FACTS;
  const assetIds = (await db.asset.findMany({ where: { taskId: task.id }, select: { id: true } })).map(
    (a) => a.id,
  );
  const collectionIds = await collectionsHolding(assetIds);
  return { ...NO_FACTS, teamRole: await teamRoleFor(actor.userId, { assetIds, collectionIds }) };
}

export async function collectionFacts(actor: Actor, collection: Collection): Promise<AccessFacts> {
  if (actor.userId && actor.userId === collection.userId) return { ...NO_FACTS, isOwner: true };
  const teamRole = actor.userId ? await teamRoleFor(actor.userId, { collectionIds: [collection.id] }) : null;
  const link = await liveShareLink(actor.shareToken);
  return { isOwner: false, teamRole, viaShareLink: link?.collectionId === collection.id };
}
