"use client";

import { useQuery } from "@tanstack/react-query";
import type { AssetView } from "@/lib/dal/assets";

export type VideoVersion = { label: string; asset: AssetView };

/** The resolutions of a clip that exist (original, 1080p, 4K), from its lineage on the server. */
export function useVideoVersions(asset: AssetView) {
  return useQuery({
    queryKey: ["assets", "versions", asset.assetId],
    staleTime: 30_000,
    retry: false,
    queryFn: async (): Promise<VideoVersion[]> => {
      const res = await fetch(`/api/v1/assets/${asset.assetId}/versions`, { credentials: "same-origin" });
      if (!res.ok) return [];
      const body = (await res.json()) as { versions?: VideoVersion[] };
      return body.versions ?? [];
    },
  });
}

/**
 * Where playback resumes on another version: the same moment, clamped inside the new file (4K and
 * original of one Veo clip can differ by a frame in length).
 */
export function resumeAt(positionS: number, newDurationS: number): number {
  if (!Number.isFinite(newDurationS) || newDurationS <= 0) return Math.max(0, positionS);
  return Math.min(Math.max(0, positionS), Math.max(0, newDurationS - 0.05));
}
