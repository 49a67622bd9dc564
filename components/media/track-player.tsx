"use client";

import { AlertCircle, Download, ListPlus, Pause, Play } from "lucide-react";
import { useMemo, useState } from "react";
import type { QueueTrack } from "@/components/player/queue";
import { trackFromAsset } from "@/components/player/track-from-asset";
import { useTrackControl } from "@/components/player/use-track-control";
import { formatClock } from "@/components/tasks/format";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { cn, focusRing } from "@/components/ui/cn";
import type { AssetView } from "@/lib/dal/assets";
import { CoverArt } from "./cover-art";
import { FollowUpMenu } from "./follow-up-menu";
import { LyricsToggle } from "./lyrics-toggle";
import { SeekBar } from "./seek-bar";

export type TrackPlayerProps = {
  asset: AssetView;
  /** 1-based take number within its task ("Take 1"). */
  take?: number;
  /** What to call it when the file has no title of its own (speech: its text). */
  fallbackTitle?: string;
  /** The operation that made it; when given, the player offers "Use as source". */
  operationId?: string;
  /** The list this track plays in (its task's takes); without it the track plays on its own. */
  queue?: { tracks: QueueTrack[]; index: number };
  className?: string;
};

/**
 * One song: cover art that doubles as the play button, a seek bar, lyrics and a download link.
 * Playback happens in the studio's global player, so it carries on across pages.
 */
export function TrackPlayer({ asset, take, fallbackTitle, operationId, queue, className }: TrackPlayerProps) {
  const title = asset.title?.trim() || fallbackTitle || (take ? `Take ${take}` : "Untitled track");
  const own = useMemo(() => [trackFromAsset(asset, { title })], [asset, title]);
  const control = useTrackControl(queue?.tracks ?? own, queue?.index ?? 0);
  // Our copy may not record the length; the browser reads it from the file header until it plays.
  const [probed, setProbed] = useState<number | undefined>();
  const duration = control.duration ?? asset.durationSec ?? probed;

  return (
    <div
      data-testid="track-player"
      data-asset-id={asset.assetId}
      data-current={control.current || undefined}
      className={cn(
        "flex flex-col gap-2 rounded-xl border bg-zinc-50/70 p-2.5 dark:bg-zinc-950/40",
        control.current
          ? "border-brand-300 dark:border-brand-700/70"
          : "border-zinc-200/80 dark:border-zinc-800",
        className,
      )}
    >
      <div className="flex items-center gap-3">
        <button
          type="button"
          aria-label={control.playing ? "Pause" : "Play"}
          onClick={control.toggle}
          className={cn("group relative shrink-0 rounded-lg", focusRing)}
        >
          <CoverArt src={asset.posterUrl} seed={asset.assetId} className="size-14 rounded-lg">
            <span
              className={cn(
                "absolute inset-0 flex items-center justify-center bg-black/25 transition-opacity",
                control.playing ? "opacity-100" : "opacity-90 group-hover:bg-black/35",
              )}
            >
              <span className="flex size-8 items-center justify-center rounded-full bg-white/95 text-zinc-900 shadow-md">
                {control.playing ? (
                  <Pause aria-hidden className="size-4 fill-current" />
                ) : (
                  <Play aria-hidden className="ml-0.5 size-4 fill-current" />
                )}
              </span>
            </span>
          </CoverArt>
        </button>
        <div className="flex min-w-0 flex-1 flex-col gap-1.5">
          <div className="flex min-w-0 items-center gap-2">
            <p className="truncate text-sm font-medium text-zinc-900 dark:text-zinc-100">{title}</p>
            {take ? <Badge className="shrink-0">Take {take}</Badge> : null}
            <button
              type="button"
              title="Add to queue"
              onClick={control.addToQueue}
              className={buttonClasses("ghost", "sm", "ml-auto h-7 px-2 text-zinc-500 dark:text-zinc-400")}
            >
              <ListPlus aria-hidden />
              <span className="sr-only">Add to queue</span>
            </button>
            <a
              href={asset.downloadUrl}
              download
              title="Download"
              className={buttonClasses("ghost", "sm", "h-7 px-2 text-zinc-500 dark:text-zinc-400")}
            >
              <Download aria-hidden />
              <span className="sr-only">Download</span>
            </a>
            {operationId ? (
              <FollowUpMenu assetId={asset.assetId} kind={asset.kind} operationId={operationId} />
            ) : null}
          </div>
          <div className="flex items-center gap-2 text-[11px] tabular-nums text-zinc-500 dark:text-zinc-400">
            <span className="w-8 shrink-0 text-right">{formatClock(control.position)}</span>
            <SeekBar
              position={control.position}
              duration={duration}
              onSeek={control.seek}
              disabled={!control.current}
            />
            <span className="w-8 shrink-0">{formatClock(duration)}</span>
          </div>
        </div>
      </div>
      {control.failed ? (
        <p className="flex items-center gap-1.5 px-1 text-xs text-red-600 dark:text-red-400">
          <AlertCircle aria-hidden className="size-3.5" /> This track could not be loaded. Try downloading it.
        </p>
      ) : null}
      {asset.tags || asset.lyrics ? <LyricsToggle tags={asset.tags} lyrics={asset.lyrics} /> : null}
      {/* Never played: it only reads the length from the file header when our copy lacks it. */}
      {/* biome-ignore lint/a11y/useMediaCaption: generated music has no caption track */}
      <audio
        data-testid="track-audio"
        preload={asset.durationSec ? "none" : "metadata"}
        src={asset.url}
        onLoadedMetadata={(e) =>
          Number.isFinite(e.currentTarget.duration) && setProbed(e.currentTarget.duration)
        }
        className="hidden"
      />
    </div>
  );
}
