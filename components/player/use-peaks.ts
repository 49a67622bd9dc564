"use client";

import { useQuery } from "@tanstack/react-query";
import { parsePeaks } from "./peaks";

/**
 * The waveform the server computed when it mirrored the file. Not every format yields peaks, and
 * older assets have none: a 404 is an answer ("no peaks"), not an error to retry.
 */
export function usePeaks(assetId: string | undefined) {
  return useQuery({
    queryKey: ["assets", "peaks", assetId],
    enabled: Boolean(assetId),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
    queryFn: async () => {
      const res = await fetch(`/api/assets/${assetId}?variant=peaks`, { credentials: "same-origin" });
      if (!res.ok) return null;
      return parsePeaks(await res.json().catch(() => null)) ?? null;
    },
  });
}
