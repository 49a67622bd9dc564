"use client";

import { useEffect, useState } from "react";
import { cn } from "@/components/ui/cn";
import { type KaraokeLine, type KaraokePosition, karaokePositionAt } from "./karaoke";
import { usePlayer, usePlayerState } from "./player-context";

const LINES_BEFORE = 1;
const LINES_AFTER = 2;

const samePosition = (a: KaraokePosition, b: KaraokePosition) =>
  a.line === b.line && a.word === b.word && a.singing === b.singing;

/** Follows the audio frame by frame while playing, but re-renders only when the line or word changes. */
function useKaraokePosition(lines: readonly KaraokeLine[]): KaraokePosition {
  const player = usePlayer();
  const playing = usePlayerState((s) => s.playing);
  const position = usePlayerState((s) => s.position);
  const [at, setAt] = useState(() => karaokePositionAt(lines, player.currentTime()));

  // Paused: follow seeks (the store's position) without a frame loop.
  useEffect(() => {
    if (playing) return;
    const next = karaokePositionAt(lines, position);
    setAt((prev) => (samePosition(prev, next) ? prev : next));
  }, [lines, playing, position]);

  useEffect(() => {
    if (!playing) return;
    let frame = requestAnimationFrame(function tick() {
      const next = karaokePositionAt(lines, player.currentTime());
      setAt((prev) => (samePosition(prev, next) ? prev : next));
      frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  }, [lines, player, playing]);
  return at;
}

/** The current line of the song with its words lighting up as they are sung, and the lines around it. */
export function KaraokePanel({ lines }: { lines: readonly KaraokeLine[] }) {
  const at = useKaraokePosition(lines);
  const player = usePlayer();
  const centre = Math.max(0, at.line);
  const from = Math.max(0, centre - LINES_BEFORE);
  const shown = lines.slice(from, centre + LINES_AFTER + 1);

  return (
    <section
      data-testid="karaoke"
      aria-label="Lyrics"
      aria-live="off"
      className="flex flex-col items-center gap-1.5 px-4 py-3 text-center"
    >
      {shown.map((line, offset) => {
        const index = from + offset;
        const current = index === at.line;
        return (
          <button
            type="button"
            key={`${index}-${line.startS}`}
            data-testid="karaoke-line"
            data-current={current || undefined}
            onClick={() => player.seek(line.startS)}
            className={cn(
              "max-w-full rounded-md px-2 leading-snug transition-[color,font-size] duration-200",
              current
                ? "text-lg font-semibold text-zinc-400 dark:text-zinc-500"
                : "text-sm text-zinc-400/80 hover:text-zinc-600 dark:text-zinc-600 dark:hover:text-zinc-400",
            )}
          >
            {line.words.map((word, w) => {
              const state = !current ? "idle" : w <= at.word ? "sung" : "upcoming";
              const live = current && w === at.word && at.singing;
              return (
                <span
                  // biome-ignore lint/suspicious/noArrayIndexKey: words are positional within a line
                  key={w}
                  data-state={state}
                  data-current-word={live || undefined}
                  className={cn(
                    "transition-colors duration-150",
                    state === "sung" && "text-zinc-900 dark:text-white",
                    live && "text-brand-600 dark:text-brand-400",
                  )}
                >
                  {w > 0 ? " " : ""}
                  {word.text}
                </span>
              );
            })}
          </button>
        );
      })}
    </section>
  );
}
