"use server";

import { z } from "zod";
import { deleteAssetsForUser } from "@/lib/dal/assets";
import {
  addToCollectionForUser,
  COLLECTION_NAME_MAX,
  type CollectionView,
  createCollectionForUser,
  deleteCollectionForUser,
  moveInCollectionForUser,
  removeFromCollectionForUser,
  renameCollectionForUser,
  setFavoriteForUser,
} from "@/lib/dal/collections";
import { AppError, type PublicError, toPublicError } from "@/lib/errors";
import { getCurrentUser } from "@/lib/session";

// Server actions are public endpoints: each one checks the session and parses its input here,
// and the data layer checks ownership of every id.

export type ActionResult<T = undefined> = { ok: true; data: T } | { ok: false; error: PublicError };

const id = z.string().regex(/^[a-z0-9]{10,40}$/i, "Not a valid id");
const ids = z.array(id).min(1, "Choose at least one result").max(500, "At most 500 results at a time");
const name = z
  .string()
  .trim()
  .min(1, "Give the collection a name")
  .max(COLLECTION_NAME_MAX, `A collection name can be at most ${COLLECTION_NAME_MAX} characters`);

async function run<S extends z.ZodType, T>(
  schema: S,
  raw: unknown,
  fn: (userId: string, input: z.infer<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  try {
    const user = await getCurrentUser();
    if (!user) throw new AppError("unauthorized", "Your session has ended. Sign in again.", { status: 401 });
    const input = schema.safeParse(raw);
    if (!input.success)
      throw new AppError("invalid_request", input.error.issues[0]?.message ?? "Invalid request");
    return { ok: true, data: await fn(user.id, input.data) };
  } catch (err) {
    return { ok: false, error: toPublicError(err).error };
  }
}

export async function setFavoriteAction(raw: unknown): Promise<ActionResult> {
  return run(z.object({ assetId: id, favorite: z.boolean() }), raw, async (userId, i) => {
    await setFavoriteForUser(userId, i.assetId, i.favorite);
    return undefined;
  });
}

export async function deleteAssetsAction(raw: unknown): Promise<ActionResult<{ deleted: string[] }>> {
  return run(z.object({ ids }), raw, (userId, i) => deleteAssetsForUser(userId, i.ids));
}

export async function createCollectionAction(raw: unknown): Promise<ActionResult<CollectionView>> {
  return run(z.object({ name }), raw, (userId, i) => createCollectionForUser(userId, i.name));
}

export async function renameCollectionAction(raw: unknown): Promise<ActionResult> {
  return run(z.object({ collectionId: id, name }), raw, async (userId, i) => {
    await renameCollectionForUser(userId, i.collectionId, i.name);
    return undefined;
  });
}

export async function deleteCollectionAction(raw: unknown): Promise<ActionResult> {
  return run(z.object({ collectionId: id }), raw, async (userId, i) => {
    await deleteCollectionForUser(userId, i.collectionId);
    return undefined;
  });
}

export async function addToCollectionAction(raw: unknown): Promise<ActionResult<{ added: number }>> {
  return run(z.object({ collectionId: id, ids }), raw, (userId, i) =>
    addToCollectionForUser(userId, i.collectionId, i.ids),
  );
}

export async function removeFromCollectionAction(raw: unknown): Promise<ActionResult<{ removed: number }>> {
  return run(z.object({ collectionId: id, ids }), raw, (userId, i) =>
    removeFromCollectionForUser(userId, i.collectionId, i.ids),
  );
}

export async function moveInCollectionAction(raw: unknown): Promise<ActionResult> {
  return run(z.object({ collectionId: id, assetId: id, before: id.nullable() }), raw, async (userId, i) => {
    await moveInCollectionForUser(userId, i.collectionId, i.assetId, i.before);
    return undefined;
  });
}
