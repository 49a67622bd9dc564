"use client";

import { useQuery } from "@tanstack/react-query";
import { type KaraokeLine, karaokeLines, readAlignedWords } from "./karaoke";

/** The track's timestamped lyrics, when a "Timestamped lyrics" task has made them; else null. */
export function useKaraoke(assetId: string | undefined) {
  return useQuery({
    queryKey: ["assets", "karaoke", assetId],
    enabled: Boolean(assetId),
    staleTime: 60_000,
    retry: false,
    queryFn: async (): Promise<KaraokeLine[] | null> => {
      const res = await fetch(`/api/v1/assets/${assetId}/karaoke`, { credentials: "same-origin" });
      if (!res.ok) return null;
      const lines = karaokeLines(readAlignedWords(await res.json()));
      return lines.length ? lines : null;
    },
  });
}
