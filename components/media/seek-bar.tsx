"use client";

import { formatClock } from "@/components/tasks/format";
import { cn, focusRing } from "@/components/ui/cn";

type SeekBarProps = {
  position: number;
  duration: number | undefined;
  onSeek: (seconds: number) => void;
  disabled?: boolean;
  className?: string;
};

/** A transparent native range over a thin drawn track, so keyboard and touch seeking come for free. */
export function SeekBar({ position, duration, onSeek, disabled, className }: SeekBarProps) {
  const max = duration && Number.isFinite(duration) ? duration : 0;
  const percent = max ? Math.min(100, (position / max) * 100) : 0;
  return (
    <div className={cn("group relative flex h-4 w-full items-center", className)}>
      <div
        aria-hidden
        className="absolute inset-x-0 h-1 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-700/80"
      >
        <div
          className="h-full rounded-full bg-brand-500 dark:bg-brand-400"
          style={{ width: `${percent}%` }}
        />
      </div>
      <input
        type="range"
        aria-label="Seek"
        aria-valuetext={`${formatClock(position)} of ${formatClock(duration)}`}
        min={0}
        max={max || 1}
        step={0.1}
        value={max ? position : 0}
        disabled={disabled || !max}
        onChange={(e) => onSeek(Number(e.target.value))}
        className={cn(
          "relative h-4 w-full cursor-pointer appearance-none rounded-full bg-transparent disabled:cursor-default",
          "[&::-webkit-slider-thumb]:size-3 [&::-webkit-slider-thumb]:appearance-none [&::-webkit-slider-thumb]:rounded-full [&::-webkit-slider-thumb]:bg-white [&::-webkit-slider-thumb]:shadow [&::-webkit-slider-thumb]:ring-1 [&::-webkit-slider-thumb]:ring-black/15",
          "[&::-moz-range-thumb]:size-3 [&::-moz-range-thumb]:rounded-full [&::-moz-range-thumb]:border-0 [&::-moz-range-thumb]:bg-white",
          "disabled:[&::-webkit-slider-thumb]:opacity-0",
          focusRing,
          "focus-visible:ring-offset-0",
        )}
      />
    </div>
  );
}
