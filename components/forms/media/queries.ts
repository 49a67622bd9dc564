import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import type { SourceView } from "@/lib/dal/assets";
import { ASSET_PAGE_SIZE } from "@/lib/queries/page-sizes";
import { type AssetPage, assetKeys, HttpError } from "@/lib/queries/tasks";

export type PickerFilter = { kinds: readonly string[]; operations?: readonly string[] };

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { credentials: "same-origin", cache: "no-store" });
  if (!res.ok) throw new HttpError(res.status);
  return res.json() as Promise<T>;
}

/** A result of mine as a source (its SourceRef and view). Results never change, so cached for good. */
export function sourceQueryOptions(assetId: string) {
  return queryOptions({
    queryKey: ["sources", assetId] as const,
    queryFn: () => getJson<SourceView>(`/api/v1/sources/${encodeURIComponent(assetId)}`),
    staleTime: Number.POSITIVE_INFINITY,
    retry: (count, err) => !(err instanceof HttpError && err.status === 404) && count < 2,
  });
}

/**
 * My mirrored results a picker may offer: one kind is filtered by the API; several kinds are
 * filtered here (the API takes one), with the eligible operations sent along.
 */
export function pickerAssetsQueryOptions(filter: PickerFilter) {
  const kind = filter.kinds.length === 1 ? filter.kinds[0] : undefined;
  const operations = filter.operations?.length ? [...filter.operations].sort().join(",") : undefined;
  return infiniteQueryOptions({
    queryKey: [...assetKeys.all, "picker", { kinds: [...filter.kinds].sort(), operations }] as const,
    queryFn: async ({ pageParam }): Promise<AssetPage> => {
      const q = new URLSearchParams({ limit: String(ASSET_PAGE_SIZE) });
      if (pageParam) q.set("cursor", pageParam);
      if (kind) q.set("kind", kind);
      if (operations) q.set("operations", operations);
      const page = await getJson<AssetPage>(`/api/v1/assets?${q}`);
      return kind ? page : { ...page, items: page.items.filter((a) => filter.kinds.includes(a.kind)) };
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
