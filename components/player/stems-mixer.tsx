"use client";

import { Download, Pause, Play } from "lucide-react";
import { useCallback, useEffect, useRef, useState } from "react";
import { FollowUpMenu } from "@/components/media/follow-up-menu";
import { SeekBar } from "@/components/media/seek-bar";
import { formatClock } from "@/components/tasks/format";
import { buttonClasses } from "@/components/ui/button";
import { cn, focusRing } from "@/components/ui/cn";
import type { AssetView } from "@/lib/dal/assets";
import { pauseOtherMedia } from "./media-focus";
import { clockIndex, driftedFollowers, effectiveGains, type StemChannel } from "./mix";
import { usePlayer } from "./player-context";

type StemsMixerProps = {
  stems: AssetView[];
  /** The operation that made them: each stem offers its follow-ups (MIDI from a stem…). */
  operationId: string;
};

const SYNC_INTERVAL_MS = 200;

const toggleClasses = (on: boolean, tone: "mute" | "solo") =>
  cn(
    "h-7 w-8 rounded-md text-[11px] font-bold transition-colors",
    focusRing,
    on
      ? tone === "mute"
        ? "bg-red-500 text-white"
        : "bg-amber-400 text-zinc-900"
      : "bg-zinc-200/70 text-zinc-600 hover:bg-zinc-300/70 dark:bg-zinc-800 dark:text-zinc-300 dark:hover:bg-zinc-700",
  );

/**
 * Separated stems played together: one transport for all, and per stem mute, solo and volume. Each
 * stem is its own <audio>; the longest keeps time and the others are re-seeked when they drift.
 */
export function StemsMixer({ stems, operationId }: StemsMixerProps) {
  const player = usePlayer();
  const elements = useRef<(HTMLAudioElement | null)[]>([]);
  const [channels, setChannels] = useState<StemChannel[]>(() =>
    stems.map(() => ({ volume: 1, muted: false, soloed: false })),
  );
  const [playing, setPlaying] = useState(false);
  const [position, setPosition] = useState(0);
  const [durations, setDurations] = useState<number[]>(() => stems.map((s) => s.durationSec ?? Number.NaN));
  const gains = effectiveGains(channels);
  const clock = clockIndex(durations);
  const duration = Number.isFinite(durations[clock]) ? durations[clock] : undefined;
  // Our own pauses must not read as "someone else took over".
  const pausing = useRef(false);

  const live = useCallback(() => elements.current.filter((el): el is HTMLAudioElement => el !== null), []);

  const pauseAll = useCallback(() => {
    pausing.current = true;
    for (const el of live()) el.pause();
    pausing.current = false;
    setPlaying(false);
  }, [live]);

  useEffect(() => {
    elements.current.forEach((el, i) => {
      if (el) el.volume = gains[i] ?? 1;
    });
  }, [gains]);

  useEffect(() => {
    if (!playing) return;
    const id = window.setInterval(() => {
      const all = elements.current;
      const master = all[clock];
      if (!master) return;
      const t = master.currentTime;
      const followers = all.map((el, i) => (i === clock || !el ? { currentTime: t, duration: 0 } : el));
      for (const i of driftedFollowers(t, followers)) {
        const el = all[i];
        if (el) el.currentTime = t;
      }
      setPosition(t);
    }, SYNC_INTERVAL_MS);
    return () => window.clearInterval(id);
  }, [playing, clock]);

  async function play() {
    const all = live();
    player.pause();
    pauseOtherMedia(all);
    const at = elements.current[clock]?.currentTime ?? position;
    for (const el of all) el.currentTime = at;
    setPlaying(true);
    await Promise.all(all.map((el) => el.play())).catch(() => pauseAll());
  }

  function seek(seconds: number) {
    for (const el of live()) el.currentTime = seconds;
    setPosition(seconds);
  }

  function update(index: number, patch: Partial<StemChannel>) {
    setChannels((prev) => prev.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  }

  return (
    <section
      data-testid="stems-mixer"
      data-state={playing ? "playing" : "paused"}
      aria-label="Stems mixer"
      className="flex flex-col gap-2 rounded-xl border border-zinc-200/80 bg-zinc-50/70 p-3 dark:border-zinc-800 dark:bg-zinc-950/40"
    >
      <div className="flex items-center gap-3">
        <button
          type="button"
          aria-label={playing ? "Pause all stems" : "Play all stems"}
          onClick={() => (playing ? pauseAll() : play())}
          className={cn(
            "flex size-10 shrink-0 items-center justify-center rounded-full bg-zinc-900 text-white hover:bg-zinc-700 dark:bg-white dark:text-zinc-900",
            focusRing,
          )}
        >
          {playing ? (
            <Pause aria-hidden className="size-4 fill-current" />
          ) : (
            <Play aria-hidden className="ml-0.5 size-4 fill-current" />
          )}
        </button>
        <div className="flex min-w-0 flex-1 items-center gap-2 text-[11px] tabular-nums text-zinc-500 dark:text-zinc-400">
          <span className="w-8 shrink-0 text-right">{formatClock(position)}</span>
          <SeekBar position={position} duration={duration} onSeek={seek} />
          <span className="w-8 shrink-0">{formatClock(duration)}</span>
        </div>
        <span className="shrink-0 text-xs font-medium text-zinc-500 dark:text-zinc-400">
          {stems.length} stems
        </span>
      </div>
      <ul className="flex flex-col divide-y divide-zinc-200/70 dark:divide-zinc-800">
        {stems.map((stem, i) => {
          const name = stem.title?.trim() || `Stem ${i + 1}`;
          const channel = channels[i];
          return (
            <li
              key={stem.assetId}
              data-testid="stem-row"
              data-asset-id={stem.assetId}
              data-gain={gains[i]}
              className="flex items-center gap-2 py-1.5"
            >
              <span
                className={cn(
                  "min-w-0 flex-1 truncate text-sm",
                  gains[i] === 0 ? "text-zinc-400 dark:text-zinc-600" : "text-zinc-900 dark:text-zinc-100",
                )}
              >
                {name}
              </span>
              <button
                type="button"
                aria-label={`Mute ${name}`}
                aria-pressed={channel.muted}
                onClick={() => update(i, { muted: !channel.muted })}
                className={toggleClasses(channel.muted, "mute")}
              >
                M
              </button>
              <button
                type="button"
                aria-label={`Solo ${name}`}
                aria-pressed={channel.soloed}
                onClick={() => update(i, { soloed: !channel.soloed })}
                className={toggleClasses(channel.soloed, "solo")}
              >
                S
              </button>
              <input
                type="range"
                aria-label={`${name} volume`}
                min={0}
                max={1}
                step={0.05}
                value={channel.volume}
                onChange={(e) => update(i, { volume: Number(e.target.value) })}
                className="h-1 w-20 cursor-pointer accent-brand-500 sm:w-28"
              />
              <a
                href={stem.downloadUrl}
                download
                title={`Download ${name}`}
                className={buttonClasses("ghost", "sm", "h-7 px-2 text-zinc-500 dark:text-zinc-400")}
              >
                <Download aria-hidden />
                <span className="sr-only">Download {name}</span>
              </a>
              <FollowUpMenu assetId={stem.assetId} kind={stem.kind} operationId={operationId} />
              {/* biome-ignore lint/a11y/useMediaCaption: separated stems have no caption track */}
              <audio
                ref={(el) => {
                  elements.current[i] = el;
                }}
                data-testid="track-audio"
                preload="auto"
                src={stem.url}
                onLoadedMetadata={(e) => {
                  const d = e.currentTarget.duration;
                  setDurations((prev) => prev.map((old, k) => (k === i && Number.isFinite(d) ? d : old)));
                }}
                onPause={(e) => {
                  // A shorter stem running out is not a pause; another player taking over is.
                  if (!pausing.current && playing && !e.currentTarget.ended) pauseAll();
                }}
                onEnded={() => i === clock && pauseAll()}
                className="hidden"
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
