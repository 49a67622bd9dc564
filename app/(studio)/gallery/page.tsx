import type { Metadata } from "next";
import type { GalleryActions } from "@/components/gallery/gallery-actions";
import {
  filterFromParams,
  galleryParamsSchema,
  stateFromSearchParams,
  stateToSearchParams,
} from "@/components/gallery/gallery-params";
import { GalleryView } from "@/components/gallery/gallery-view";
import { GALLERY_PAGE_SIZE } from "@/components/gallery/queries";
import { PageHeader } from "@/components/tasks/page-header";
import { galleryFacetsForUser, listAssetsForUser } from "@/lib/dal/assets";
import { listCuratableCollectionsForUser } from "@/lib/dal/collections";
import { requireUser } from "@/lib/session";
import {
  addToCollectionAction,
  createCollectionAction,
  deleteAssetsAction,
  deleteCollectionAction,
  moveInCollectionAction,
  removeFromCollectionAction,
  renameCollectionAction,
  setFavoriteAction,
} from "./actions";

export const metadata: Metadata = { title: "Gallery" };

const actions: GalleryActions = {
  setFavorite: setFavoriteAction,
  deleteAssets: deleteAssetsAction,
  createCollection: createCollectionAction,
  renameCollection: renameCollectionAction,
  deleteCollection: deleteCollectionAction,
  addToCollection: addToCollectionAction,
  removeFromCollection: removeFromCollectionAction,
  moveInCollection: moveInCollectionAction,
};

type GalleryPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function GalleryPage({ searchParams }: GalleryPageProps) {
  const user = await requireUser();
  const state = stateFromSearchParams(await searchParams);
  const params = galleryParamsSchema.parse(Object.fromEntries(stateToSearchParams(state)));
  const [initialPage, collections, facets] = await Promise.all([
    listAssetsForUser(user.id, { ...filterFromParams(params), limit: GALLERY_PAGE_SIZE }),
    listCuratableCollectionsForUser(user.id),
    galleryFacetsForUser(user.id),
  ]);
  return (
    <>
      <PageHeader
        title="Gallery"
        description="Everything you have made, kept in your own storage: find it, play it, collect it, download it."
      />
      <GalleryView
        initialState={state}
        initialPage={initialPage}
        initialCollections={collections}
        operations={facets.operations}
        actions={actions}
      />
    </>
  );
}
