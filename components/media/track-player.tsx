"use client";

import { AlertCircle, Download, Pause, Play } from "lucide-react";
import { useRef, useState } from "react";
import { formatClock } from "@/components/tasks/format";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { cn, focusRing } from "@/components/ui/cn";
import type { AssetView } from "@/lib/dal/assets";
import { announceTrack, pauseOtherAudio } from "./audio-focus";
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
  className?: string;
};

/** One song: cover art that doubles as the play button, a seek bar, lyrics and a download link. */
export function TrackPlayer({ asset, take, fallbackTitle, operationId, className }: TrackPlayerProps) {
  const audioRef = useRef<HTMLAudioElement>(null);
  const [playing, setPlaying] = useState(false);
  const [position, setPosition] = useState(0);
  const [duration, setDuration] = useState<number | undefined>(asset.durationSec);
  const [broken, setBroken] = useState(false);
  const title = asset.title?.trim() || fallbackTitle || (take ? `Take ${take}` : "Untitled track");

  function toggle() {
    const audio = audioRef.current;
    if (!audio) return;
    if (audio.paused) audio.play().catch(() => setBroken(true));
    else audio.pause();
  }

  function seek(seconds: number) {
    const audio = audioRef.current;
    if (!audio) return;
    audio.currentTime = seconds;
    setPosition(seconds);
  }

  return (
    <div
      data-testid="track-player"
      className={cn(
        "flex flex-col gap-2 rounded-xl border border-zinc-200/80 bg-zinc-50/70 p-2.5 dark:border-zinc-800 dark:bg-zinc-950/40",
        className,
      )}
    >
      <div className="flex items-center gap-3">
        <button
          type="button"
          aria-label={playing ? "Pause" : "Play"}
          onClick={toggle}
          className={cn("group relative shrink-0 rounded-lg", focusRing)}
        >
          <CoverArt src={asset.posterUrl} seed={asset.assetId} className="size-14 rounded-lg">
            <span
              className={cn(
                "absolute inset-0 flex items-center justify-center bg-black/25 transition-opacity",
                playing ? "opacity-100" : "opacity-90 group-hover:bg-black/35",
              )}
            >
              <span className="flex size-8 items-center justify-center rounded-full bg-white/95 text-zinc-900 shadow-md">
                {playing ? (
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
            <a
              href={asset.downloadUrl}
              download
              title="Download"
              className={buttonClasses("ghost", "sm", "ml-auto h-7 px-2 text-zinc-500 dark:text-zinc-400")}
            >
              <Download aria-hidden />
              <span className="sr-only">Download</span>
            </a>
            {operationId ? (
              <FollowUpMenu assetId={asset.assetId} kind={asset.kind} operationId={operationId} />
            ) : null}
          </div>
          <div className="flex items-center gap-2 text-[11px] tabular-nums text-zinc-500 dark:text-zinc-400">
            <span className="w-8 shrink-0 text-right">{formatClock(position)}</span>
            <SeekBar position={position} duration={duration} onSeek={seek} />
            <span className="w-8 shrink-0">{formatClock(duration)}</span>
          </div>
        </div>
      </div>
      {broken ? (
        <p className="flex items-center gap-1.5 px-1 text-xs text-red-600 dark:text-red-400">
          <AlertCircle aria-hidden className="size-3.5" /> This track could not be loaded. Try downloading it.
        </p>
      ) : null}
      {asset.tags || asset.lyrics ? <LyricsToggle tags={asset.tags} lyrics={asset.lyrics} /> : null}
      {/* biome-ignore lint/a11y/useMediaCaption: generated music has no caption track */}
      <audio
        ref={audioRef}
        data-testid="track-audio"
        preload="metadata"
        src={asset.url}
        onPlay={(e) => {
          pauseOtherAudio(e.currentTarget);
          announceTrack(title, asset.posterUrl);
          setPlaying(true);
        }}
        onPause={() => setPlaying(false)}
        onEnded={() => setPlaying(false)}
        onTimeUpdate={(e) => setPosition(e.currentTarget.currentTime)}
        onLoadedMetadata={(e) =>
          Number.isFinite(e.currentTarget.duration) && setDuration(e.currentTarget.duration)
        }
        onError={() => setBroken(true)}
        className="hidden"
      />
    </div>
  );
}
