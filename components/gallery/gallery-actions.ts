import type { PublicError } from "@/lib/errors";

type Result<T = undefined> = { ok: true; data: T } | { ok: false; error: PublicError };
type Collection = import("@/lib/dal/collections").CollectionView;

/** The gallery's server actions, handed down from the page (components do not import `app/`). */
export type GalleryActions = {
  setFavorite: (input: { assetId: string; favorite: boolean }) => Promise<Result>;
  deleteAssets: (input: { ids: string[] }) => Promise<Result<{ deleted: string[] }>>;
  createCollection: (input: { name: string }) => Promise<Result<Collection>>;
  renameCollection: (input: { collectionId: string; name: string }) => Promise<Result>;
  deleteCollection: (input: { collectionId: string }) => Promise<Result>;
  addToCollection: (input: { collectionId: string; ids: string[] }) => Promise<Result<{ added: number }>>;
  removeFromCollection: (input: {
    collectionId: string;
    ids: string[];
  }) => Promise<Result<{ removed: number }>>;
  moveInCollection: (input: {
    collectionId: string;
    assetId: string;
    before: string | null;
  }) => Promise<Result>;
};

/** Unwraps an action result: the value, or an Error carrying the server's human message. */
export async function unwrap<T>(result: Promise<Result<T>>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(r.error.message);
  return r.data;
}
