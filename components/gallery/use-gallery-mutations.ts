"use client";

import { type InfiniteData, useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import { toast } from "sonner";
import type { AssetPage } from "@/lib/dal/assets";
import { type GalleryActions, unwrap } from "./gallery-actions";
import { galleryKeys } from "./queries";

type Pages = InfiniteData<AssetPage, string | undefined>;

/** The gallery's mutations: each calls its server action, then updates or refetches what it changed. */
export function useGalleryMutations(actions: GalleryActions) {
  const client = useQueryClient();
  return useMemo(() => {
    const refreshLists = () => client.invalidateQueries({ queryKey: galleryKeys.all });
    const refreshCollections = () => client.invalidateQueries({ queryKey: galleryKeys.collections });
    const patchItems = (fn: (pages: Pages) => Pages) =>
      client.setQueriesData<Pages>({ queryKey: [...galleryKeys.all, "list"] }, (data) =>
        data ? fn(data) : data,
      );

    return {
      async setFavorite(assetId: string, favorite: boolean) {
        // Optimistic: the star fills at once; a refusal puts it back.
        const flip = (value: boolean) =>
          patchItems((data) => ({
            ...data,
            pages: data.pages.map((p) => ({
              ...p,
              items: p.items.map((i) => (i.assetId === assetId ? { ...i, favorite: value } : i)),
            })),
          }));
        flip(favorite);
        try {
          await unwrap(actions.setFavorite({ assetId, favorite }));
        } catch (err) {
          flip(!favorite);
          toast.error(err instanceof Error ? err.message : "Could not update favourites");
        }
        void client.invalidateQueries({ queryKey: galleryKeys.details(assetId) });
      },
      async deleteAssets(ids: string[]) {
        const { deleted } = await unwrap(actions.deleteAssets({ ids }));
        const gone = new Set(deleted);
        patchItems((data) => ({
          ...data,
          pages: data.pages.map((p) => ({ ...p, items: p.items.filter((i) => !gone.has(i.assetId)) })),
        }));
        toast.success(deleted.length === 1 ? "Result deleted" : `${deleted.length} results deleted`);
        void refreshCollections();
        return deleted;
      },
      async createCollection(name: string) {
        const created = await unwrap(actions.createCollection({ name }));
        await refreshCollections();
        return created;
      },
      async addToCollection(collectionId: string, ids: string[]) {
        const { added } = await unwrap(actions.addToCollection({ collectionId, ids }));
        toast.success(added === 1 ? "Added to the collection" : `${added} added to the collection`);
        await Promise.all([refreshCollections(), refreshLists()]);
      },
      async removeFromCollection(collectionId: string, ids: string[]) {
        await unwrap(actions.removeFromCollection({ collectionId, ids }));
        await Promise.all([refreshCollections(), refreshLists()]);
      },
      async renameCollection(collectionId: string, name: string) {
        await unwrap(actions.renameCollection({ collectionId, name }));
        await refreshCollections();
      },
      async deleteCollection(collectionId: string) {
        await unwrap(actions.deleteCollection({ collectionId }));
        await refreshCollections();
      },
      async moveInCollection(collectionId: string, assetId: string, before: string | null) {
        await unwrap(actions.moveInCollection({ collectionId, assetId, before }));
        await refreshLists();
      },
    };
  }, [actions, client]);
}

export type GalleryMutations = ReturnType<typeof useGalleryMutations>;
