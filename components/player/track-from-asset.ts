import type { AssetView } from "@/lib/dal/assets";
import type { QueueTrack } from "./queue";

type TrackOptions = { title?: string; subtitle?: string };

export function trackFromAsset(asset: AssetView, opts: TrackOptions = {}): QueueTrack {
  return {
    assetId: asset.assetId,
    url: asset.url,
    title: asset.title?.trim() || opts.title || "Untitled track",
    subtitle: opts.subtitle ?? "Kie Studio",
    artworkUrl: asset.posterUrl,
    durationSec: asset.durationSec,
  };
}

/** Suno's two takes of one task, each carrying the other as its A/B alternate. */
export function pairTakes(tracks: QueueTrack[]): QueueTrack[] {
  if (tracks.length !== 2) return tracks;
  const [a, b] = tracks.map(({ alternate: _, ...bare }) => bare);
  return [
    { ...a, alternate: b },
    { ...b, alternate: a },
  ];
}
