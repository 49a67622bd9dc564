"use client";

import { ListMusic, MicVocal, Pause, Play, Repeat2, SkipBack, SkipForward } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { CoverArt } from "@/components/media/cover-art";
import { SeekBar } from "@/components/media/seek-bar";
import { formatClock } from "@/components/tasks/format";
import { cn, focusRing } from "@/components/ui/cn";
import { KaraokePanel } from "./karaoke-panel";
import { pauseOtherMedia } from "./media-focus";
import { usePlayer, usePlayerState } from "./player-context";
import { currentTrack } from "./queue";
import { QueueList } from "./queue-list";
import { useKaraoke } from "./use-karaoke";
import { useMediaSession } from "./use-media-session";
import { usePeaks } from "./use-peaks";
import { usePlayerKeys } from "./use-player-keys";
import { VolumeControl } from "./volume-control";
import { Waveform } from "./waveform";

const iconButton = cn(
  "flex size-9 items-center justify-center rounded-full text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 disabled:opacity-40 disabled:hover:bg-transparent dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-white",
  focusRing,
);

/** The studio's player, docked at the bottom of every page; its <audio> lives as long as the layout. */
export function PlayerBar() {
  const player = usePlayer();
  const audioRef = useRef<HTMLAudioElement>(null);
  const queue = usePlayerState((s) => s.queue);
  const playing = usePlayerState((s) => s.playing);
  const position = usePlayerState((s) => s.position);
  const duration = usePlayerState((s) => s.duration);
  const failed = usePlayerState((s) => s.failed);
  const track = currentTrack(queue);
  const peaks = usePeaks(track?.assetId);
  const karaoke = useKaraoke(track?.assetId);
  const [panel, setPanel] = useState<"lyrics" | "queue" | null>(null);

  useEffect(() => {
    const audio = audioRef.current;
    if (!audio) return;
    const detach = player.attach(audio);
    const onPlay = () => pauseOtherMedia([audio]);
    audio.addEventListener("play", onPlay);
    return () => {
      audio.removeEventListener("play", onPlay);
      detach();
    };
  }, [player]);
  useMediaSession();
  usePlayerKeys(Boolean(track));

  const lines = karaoke.data;
  const shownPanel = panel === "lyrics" && !lines ? null : panel;
  const progress = duration ? position / duration : 0;

  return (
    <div
      data-testid="global-player"
      data-state={track ? (playing ? "playing" : "paused") : "idle"}
      data-asset-id={track?.assetId}
      hidden={!track}
      className="fixed inset-x-0 bottom-0 z-40 border-t border-zinc-200/80 bg-white/95 shadow-[0_-8px_24px_-12px_rgb(0_0_0/0.15)] backdrop-blur md:left-60 dark:border-zinc-800 dark:bg-zinc-950/95"
    >
      {/* biome-ignore lint/a11y/useMediaCaption: generated music has no caption track */}
      <audio ref={audioRef} data-testid="player-audio" preload="metadata" className="hidden" />
      {track ? (
        <>
          {shownPanel ? (
            <div className="border-b border-zinc-200/70 dark:border-zinc-800">
              {shownPanel === "lyrics" && lines ? <KaraokePanel lines={lines} /> : <QueueList />}
            </div>
          ) : null}
          <div className="mx-auto flex max-w-6xl items-center gap-3 px-3 py-2 sm:px-6">
            <CoverArt src={track.artworkUrl} seed={track.assetId} className="size-11 shrink-0 rounded-md" />
            <div className="flex w-36 min-w-0 flex-col sm:w-44">
              <p
                data-testid="player-title"
                className="truncate text-sm font-medium text-zinc-900 dark:text-zinc-100"
              >
                {track.title}
              </p>
              <p className="truncate text-xs text-zinc-500 dark:text-zinc-400">
                {failed ? (
                  <span className="text-red-600 dark:text-red-400">Could not play this track</span>
                ) : (
                  track.subtitle
                )}
              </p>
            </div>
            <div className="flex items-center">
              <button
                type="button"
                aria-label="Previous"
                onClick={() => player.previous()}
                className={iconButton}
              >
                <SkipBack aria-hidden className="size-4 fill-current" />
              </button>
              <button
                type="button"
                aria-label={playing ? "Pause" : "Play"}
                data-testid="player-toggle"
                onClick={() => player.toggle()}
                className={cn(
                  "flex size-10 items-center justify-center rounded-full bg-zinc-900 text-white hover:bg-zinc-700 dark:bg-white dark:text-zinc-900 dark:hover:bg-zinc-200",
                  focusRing,
                )}
              >
                {playing ? (
                  <Pause aria-hidden className="size-4 fill-current" />
                ) : (
                  <Play aria-hidden className="ml-0.5 size-4 fill-current" />
                )}
              </button>
              <button
                type="button"
                aria-label="Next"
                disabled={queue.index >= queue.tracks.length - 1}
                onClick={() => player.next()}
                className={iconButton}
              >
                <SkipForward aria-hidden className="size-4 fill-current" />
              </button>
            </div>
            <div className="hidden min-w-0 flex-1 flex-col sm:flex">
              <Waveform
                peaks={peaks.data}
                progress={progress}
                onSeekFraction={duration ? (f) => player.seek(f * duration) : undefined}
              />
              <div className="flex items-center gap-2 text-[11px] tabular-nums text-zinc-500 dark:text-zinc-400">
                <span data-testid="player-position" className="w-9 shrink-0 text-right">
                  {formatClock(position)}
                </span>
                <SeekBar position={position} duration={duration} onSeek={(s) => player.seek(s)} />
                <span className="w-9 shrink-0">{formatClock(duration)}</span>
              </div>
            </div>
            <div className="ml-auto flex items-center gap-1 sm:ml-0">
              {track.alternate ? (
                <button
                  type="button"
                  data-testid="player-ab"
                  onClick={() => player.switchTake()}
                  title="Switch to the other take at the same moment"
                  aria-label={`Switch to ${track.alternate.subtitle.split(" · ").at(-1)} at the same moment`}
                  className={cn(
                    "flex h-8 items-center gap-1.5 rounded-full border border-zinc-200 px-3 text-xs font-medium text-zinc-700 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-200 dark:hover:bg-zinc-800",
                    focusRing,
                  )}
                >
                  <Repeat2 aria-hidden className="size-3.5" />
                  A/B · {track.alternate.subtitle.split(" · ").at(-1)}
                </button>
              ) : null}
              {lines ? (
                <button
                  type="button"
                  aria-label="Lyrics"
                  aria-pressed={shownPanel === "lyrics"}
                  onClick={() => setPanel(shownPanel === "lyrics" ? null : "lyrics")}
                  className={cn(iconButton, shownPanel === "lyrics" && "text-brand-600 dark:text-brand-400")}
                >
                  <MicVocal aria-hidden className="size-4" />
                </button>
              ) : null}
              <button
                type="button"
                aria-label="Queue"
                aria-pressed={shownPanel === "queue"}
                onClick={() => setPanel(shownPanel === "queue" ? null : "queue")}
                className={cn(iconButton, shownPanel === "queue" && "text-brand-600 dark:text-brand-400")}
              >
                <ListMusic aria-hidden className="size-4" />
              </button>
              <VolumeControl className="hidden lg:flex" />
            </div>
          </div>
        </>
      ) : null}
    </div>
  );
}
