"use client";

import { Pause, Play } from "lucide-react";
import { useMemo } from "react";
import type { QueueTrack } from "@/components/player/queue";
import { trackFromAsset } from "@/components/player/track-from-asset";
import { useTrackControl } from "@/components/player/use-track-control";
import { formatClock } from "@/components/tasks/format";
import { cn, focusRing } from "@/components/ui/cn";
import type { AssetView } from "@/lib/dal/assets";
import { CoverArt } from "./cover-art";
import { FollowUpMenu } from "./follow-up-menu";

/** A compact song card for grids: cover art with a play button, title and length. */
type AudioTileProps = {
  asset: AssetView;
  prompt?: string | null;
  /** The operation that made it; when given, the tile offers "Use as source". */
  operationId?: string;
  /** The list it plays in (the grid around it), so next/previous walk the grid. */
  queue?: { tracks: QueueTrack[]; index: number };
};

/** Plays in the studio's global player; the thin bar along the bottom follows its progress. */
export function AudioTile({ asset, prompt, operationId, queue }: AudioTileProps) {
  const title = asset.title?.trim() || prompt?.slice(0, 60) || "Untitled track";
  const own = useMemo(() => [trackFromAsset(asset, { title })], [asset, title]);
  const {
    playing,
    position,
    duration: loaded,
    toggle,
  } = useTrackControl(queue?.tracks ?? own, queue?.index ?? 0);
  const duration = loaded ?? asset.durationSec;
  const percent = duration ? Math.min(100, (position / duration) * 100) : 0;

  return (
    <div className="group/tile relative flex flex-col gap-2">
      <CoverArt
        src={asset.posterUrl}
        seed={asset.assetId}
        className="aspect-square w-full rounded-xl ring-1 ring-zinc-200/70 dark:ring-zinc-800"
      >
        <button
          type="button"
          aria-label={playing ? "Pause" : "Play"}
          onClick={toggle}
          className={cn(
            "group absolute inset-0 flex items-end justify-start p-2.5",
            focusRing,
            "focus-visible:ring-inset",
          )}
        >
          <span className="absolute inset-0 bg-gradient-to-t from-black/50 via-transparent to-transparent" />
          <span
            className={cn(
              "relative flex size-10 items-center justify-center rounded-full bg-white/95 text-zinc-900 shadow-lg transition-transform group-hover:scale-105",
            )}
          >
            {playing ? (
              <Pause aria-hidden className="size-4 fill-current" />
            ) : (
              <Play aria-hidden className="ml-0.5 size-4 fill-current" />
            )}
          </span>
        </button>
        <span aria-hidden className="absolute inset-x-0 bottom-0 h-1 bg-black/20">
          <span className="block h-full bg-white/90" style={{ width: `${percent}%` }} />
        </span>
      </CoverArt>
      {operationId ? (
        <FollowUpMenu
          variant="overlay"
          assetId={asset.assetId}
          kind={asset.kind}
          operationId={operationId}
          className="absolute top-2 right-2 opacity-0 transition-opacity group-hover/tile:opacity-100 focus-within:opacity-100 has-[[aria-expanded=true]]:opacity-100 [@media(hover:none)]:opacity-100"
        />
      ) : null}
      <div className="flex min-w-0 items-baseline justify-between gap-2 px-0.5">
        <p className="truncate text-sm font-medium text-zinc-900 dark:text-zinc-100">{title}</p>
        <span className="shrink-0 text-xs tabular-nums text-zinc-500 dark:text-zinc-400">
          {formatClock(duration)}
        </span>
      </div>
    </div>
  );
}
