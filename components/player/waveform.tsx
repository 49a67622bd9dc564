"use client";

import { useMemo } from "react";
import { cn } from "@/components/ui/cn";
import { downsamplePeaks, flatPeaks } from "./peaks";

type WaveformProps = {
  peaks: readonly number[] | null | undefined;
  /** 0–1: how much of the track has played. */
  progress: number;
  bars?: number;
  onSeekFraction?: (fraction: number) => void;
  className?: string;
};

const MIN_BAR = 0.06;

/** Bars drawn from server peaks (a flat line when there are none); played bars take the brand colour. */
export function Waveform({ peaks, progress, bars = 120, onSeekFraction, className }: WaveformProps) {
  const levels = useMemo(
    () => (peaks?.length ? downsamplePeaks(peaks, bars) : flatPeaks(bars)),
    [peaks, bars],
  );
  const played = Math.round(Math.min(1, Math.max(0, progress)) * bars);
  return (
    <svg
      data-testid="waveform"
      data-peaks={peaks?.length ? "server" : "flat"}
      viewBox={`0 0 ${bars * 2} 40`}
      preserveAspectRatio="none"
      aria-hidden
      onPointerDown={(e) => {
        if (!onSeekFraction) return;
        const box = e.currentTarget.getBoundingClientRect();
        onSeekFraction((e.clientX - box.left) / box.width);
      }}
      className={cn("h-8 w-full", onSeekFraction && "cursor-pointer", className)}
    >
      {levels.map((level, i) => {
        const h = Math.max(MIN_BAR, level) * 38;
        return (
          <rect
            // biome-ignore lint/suspicious/noArrayIndexKey: bars are positional
            key={i}
            x={i * 2}
            y={20 - h / 2}
            width={1.3}
            height={h}
            rx={0.6}
            className={i < played ? "fill-brand-500 dark:fill-brand-400" : "fill-zinc-300 dark:fill-zinc-700"}
          />
        );
      })}
    </svg>
  );
}
