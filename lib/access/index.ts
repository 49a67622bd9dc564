import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Asset, Collection, Task } from "@/lib/generated/prisma/client";
import { type Actor, isWellFormedId } from "./actor";
import { ACTIONS, type AccessFacts, type Action, isAllowed, type ResourceKind } from "./policy";
import { assetFacts, collectionFacts, taskFacts } from "./resolve";

export { type Actor, linkActor, nobody, userActor } from "./actor";
export type { Action, ResourceKind, TeamRole } from "./policy";

/**
 * The one gate for items. Each `authorize*` answers the row when the actor may do `action` to it,
 * and null otherwise — not there, not yours, not shared with you and a dead link all look the same,
 * so callers answer 404 and reveal nothing.
 */
export async function authorizeAsset(actor: Actor, id: unknown, action: Action): Promise<Asset | null> {
  if (!isWellFormedId(id)) return null;
  const asset = await db.asset.findUnique({ where: { id } });
  return asset && isAllowed("asset", action, await assetFacts(actor, asset)) ? asset : null;
}

export async function authorizeTask(actor: Actor, id: unknown, action: Action): Promise<Task | null> {
  if (!isWellFormedId(id)) return null;
  const task = await db.task.findUnique({ where: { id } });
  return task && isAllowed("task", action, await taskFacts(actor, task)) ? task : null;
}

export async function authorizeCollection(
  actor: Actor,
  id: unknown,
  action: Action,
): Promise<Collection | null> {
  if (!isWellFormedId(id)) return null;
  const collection = await db.collection.findUnique({ where: { id } });
  return collection && isAllowed("collection", action, await collectionFacts(actor, collection))
    ? collection
    : null;
}

const notFound = () => new AppError("not_found", "Not found", { status: 404 });

/** The same gates for server actions and route handlers that work by throwing: a 404 AppError. */
export async function requireAsset(actor: Actor, id: unknown, action: Action): Promise<Asset> {
  const asset = await authorizeAsset(actor, id, action);
  if (!asset) throw notFound();
  return asset;
}

export async function requireTask(actor: Actor, id: unknown, action: Action): Promise<Task> {
  const task = await authorizeTask(actor, id, action);
  if (!task) throw notFound();
  return task;
}

export async function requireCollection(actor: Actor, id: unknown, action: Action): Promise<Collection> {
  const collection = await authorizeCollection(actor, id, action);
  if (!collection) throw notFound();
  return collection;
}

export type Permissions = Record<Action, boolean>;

/** Everything the actor may do to one item (for showing only the buttons that will work), or null if it may do nothing. */
export async function permissionsFor(
  actor: Actor,
  kind: ResourceKind,
  id: unknown,
): Promise<Permissions | null> {
  if (!isWellFormedId(id)) return null;
  let facts: AccessFacts | null = null;
  if (kind === "asset") {
    const row = await db.asset.findUnique({ where: { id } });
    facts = row && (await assetFacts(actor, row));
  } else if (kind === "task") {
    const row = await db.task.findUnique({ where: { id } });
    facts = row && (await taskFacts(actor, row));
  } else {
    const row = await db.collection.findUnique({ where: { id } });
    facts = row && (await collectionFacts(actor, row));
  }
  if (!facts) return null;
  const known = facts;
  const perms = Object.fromEntries(ACTIONS.map((a) => [a, isAllowed(kind, a, known)])) as Permissions;
  return perms.read ? perms : null;
}
