import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import type { AssetDetails } from "@/app/api/v1/assets/details";
import type { AssetPage } from "@/lib/dal/assets";
import type { CollectionView } from "@/lib/dal/collections";
import { type GalleryState, stateToSearchParams } from "./gallery-params";

export const GALLERY_PAGE_SIZE = 60;

// Under the shared ["assets"] prefix so anything that invalidates asset lists refreshes the gallery.
export const galleryKeys = {
  all: ["assets", "gallery"] as const,
  list: (state: GalleryState) =>
    ["assets", "gallery", "list", stateToSearchParams(state).toString()] as const,
  details: (assetId: string) => ["assets", "gallery", "details", assetId] as const,
  collections: ["collections"] as const,
};

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { credentials: "same-origin", cache: "no-store" });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `The gallery could not be loaded (HTTP ${res.status})`);
  }
  return res.json() as Promise<T>;
}

export function galleryListOptions(state: GalleryState) {
  return infiniteQueryOptions({
    queryKey: galleryKeys.list(state),
    queryFn: ({ pageParam }) => {
      const q = stateToSearchParams(state);
      q.set("limit", String(GALLERY_PAGE_SIZE));
      if (pageParam) q.set("cursor", pageParam);
      return getJson<AssetPage>(`/api/v1/assets?${q}`);
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function assetDetailsOptions(assetId: string) {
  return queryOptions({
    queryKey: galleryKeys.details(assetId),
    queryFn: () => getJson<AssetDetails>(`/api/v1/assets/${assetId}`),
  });
}

export function collectionsOptions() {
  return queryOptions({
    queryKey: galleryKeys.collections,
    queryFn: () => getJson<{ items: CollectionView[] }>("/api/v1/collections").then((r) => r.items),
  });
}
