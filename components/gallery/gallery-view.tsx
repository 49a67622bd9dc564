"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { ChevronLeft, ChevronRight, LayoutGrid } from "lucide-react";
import Link from "next/link";
import { useCallback, useEffect, useMemo, useState } from "react";
import { GallerySkeleton } from "@/components/media/gallery-skeleton";
import { buttonClasses } from "@/components/ui/button";
import { cn, focusRing } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { Spinner } from "@/components/ui/spinner";
import type { AssetPage, GalleryItem } from "@/lib/dal/assets";
import type { CollectionView } from "@/lib/dal/collections";
import { BulkBar } from "./bulk-bar";
import { CollectionHeader } from "./collection-header";
import { FilterBar, type OperationFacet } from "./filter-bar";
import type { GalleryActions } from "./gallery-actions";
import { type GalleryState, stateToSearchParams } from "./gallery-params";
import { GalleryTile } from "./gallery-tile";
import { ItemDetails } from "./item-details";
import { collectionsOptions, galleryListOptions } from "./queries";
import { useGalleryMutations } from "./use-gallery-mutations";
import { VirtualGrid } from "./virtual-grid";

type GalleryViewProps = {
  initialState: GalleryState;
  initialPage: AssetPage;
  initialCollections: CollectionView[];
  operations: OperationFacet[];
  actions: GalleryActions;
};

const isFiltered = (s: GalleryState) => Object.entries(s).some(([k, v]) => k !== "sort" && v !== undefined);

/** Every result I have, filtered and searched on the server, in a virtualized grid. */
export function GalleryView({
  initialState,
  initialPage,
  initialCollections,
  operations,
  actions,
}: GalleryViewProps) {
  const [state, setState] = useState<GalleryState>(initialState);
  const [openId, setOpenId] = useState<string | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [anchor, setAnchor] = useState<string | null>(null);
  const mutations = useGalleryMutations(actions);

  const initialKey = stateToSearchParams(initialState).toString();
  const list = useInfiniteQuery({
    ...galleryListOptions(state),
    initialData:
      stateToSearchParams(state).toString() === initialKey
        ? { pages: [initialPage], pageParams: [undefined] }
        : undefined,
  });
  const collections = useQuery({ ...collectionsOptions(), initialData: initialCollections }).data;
  const items = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  const open = openId ? (items.find((i) => i.assetId === openId) ?? null) : null;
  const collection = state.collection ? collections.find((c) => c.id === state.collection) : undefined;
  const ordering = !!collection && state.sort === "position";

  const change = useCallback((patch: Partial<GalleryState>) => {
    setState((prev) => ({ ...prev, ...patch }));
    setSelected([]);
  }, []);

  // The URL is the state (shareable, survives reload); replaceState needs no server round trip.
  useEffect(() => {
    const q = stateToSearchParams(state).toString();
    const url = q ? `/gallery?${q}` : "/gallery";
    if (`${window.location.pathname}${window.location.search}` !== url)
      window.history.replaceState(null, "", url);
  }, [state]);

  function toggleSelect(item: GalleryItem, range: boolean) {
    setSelected((prev) => {
      if (range && anchor) {
        const a = items.findIndex((i) => i.assetId === anchor);
        const b = items.findIndex((i) => i.assetId === item.assetId);
        if (a >= 0 && b >= 0) {
          const span = items.slice(Math.min(a, b), Math.max(a, b) + 1).map((i) => i.assetId);
          return [...new Set([...prev, ...span])];
        }
      }
      return prev.includes(item.assetId) ? prev.filter((id) => id !== item.assetId) : [...prev, item.assetId];
    });
    setAnchor(item.assetId);
  }

  const loadMore = useCallback(() => void list.fetchNextPage(), [list.fetchNextPage]);

  function move(index: number, by: -1 | 1) {
    if (!collection) return;
    const target = items[index + by];
    if (!target) return;
    // Moving down means going before the item after the next one.
    const before = by === -1 ? target.assetId : (items[index + 2]?.assetId ?? null);
    void mutations.moveInCollection(collection.id, items[index].assetId, before);
  }

  return (
    <div className="flex flex-col gap-5">
      <FilterBar state={state} onChange={change} operations={operations} collections={collections} />
      {collection ? (
        <CollectionHeader
          key={collection.id}
          collection={collection}
          mutations={mutations}
          onDeleted={() => change({ collection: undefined, sort: undefined })}
        />
      ) : null}
      <BulkBar
        selected={selected}
        onClear={() => setSelected([])}
        collections={collections}
        mutations={mutations}
        collectionId={collection?.id}
      />
      {list.isPending ? (
        <GallerySkeleton />
      ) : list.isError ? (
        <p role="alert" className="text-sm text-red-600">
          {list.error.message}
        </p>
      ) : items.length === 0 ? (
        <EmptyState
          icon={<LayoutGrid />}
          title={isFiltered(state) ? "Nothing matches" : "Your gallery is empty"}
          description={
            isFiltered(state)
              ? "No result fits these filters. Loosen them or search for other words."
              : "Everything you generate is kept here for good, ready to play and download."
          }
          action={
            isFiltered(state) ? (
              <Link href="/gallery" className={buttonClasses("secondary", "sm")} onClick={() => setState({})}>
                Clear filters
              </Link>
            ) : (
              <div className="flex gap-2">
                <Link href="/music" className={buttonClasses("secondary", "sm")}>
                  Make a song
                </Link>
                <Link href="/image" className={buttonClasses("secondary", "sm")}>
                  Make an image
                </Link>
              </div>
            )
          }
        />
      ) : (
        <>
          <VirtualGrid
            items={items}
            keyOf={(i) => i.assetId}
            hasMore={list.hasNextPage}
            loadingMore={list.isFetchingNextPage}
            onLoadMore={loadMore}
            render={(item, index) => (
              <div className="relative h-full">
                <GalleryTile
                  item={item}
                  selected={selected.includes(item.assetId)}
                  selecting={selected.length > 0}
                  onOpen={() => setOpenId(item.assetId)}
                  onToggleSelect={(range) => toggleSelect(item, range)}
                  onToggleFavorite={() => mutations.setFavorite(item.assetId, !item.favorite)}
                />
                {ordering ? (
                  <div className="absolute bottom-16 left-2 flex gap-1">
                    {([-1, 1] as const).map((by) => (
                      <button
                        key={by}
                        type="button"
                        disabled={!items[index + by]}
                        aria-label={by === -1 ? "Move earlier" : "Move later"}
                        onClick={() => move(index, by)}
                        className={cn(
                          "flex size-7 items-center justify-center rounded-md bg-black/55 text-white disabled:opacity-30",
                          focusRing,
                        )}
                      >
                        {by === -1 ? (
                          <ChevronLeft aria-hidden className="size-4" />
                        ) : (
                          <ChevronRight aria-hidden className="size-4" />
                        )}
                      </button>
                    ))}
                  </div>
                ) : null}
              </div>
            )}
          />
          {list.isFetchingNextPage ? (
            <div className="flex justify-center py-4">
              <Spinner label="Loading more results" />
            </div>
          ) : null}
        </>
      )}
      <ItemDetails
        item={open}
        onClose={() => setOpenId(null)}
        collections={collections}
        mutations={mutations}
      />
    </div>
  );
}
