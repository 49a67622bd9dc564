"use client";

import { Volume1, Volume2, VolumeX } from "lucide-react";
import { cn, focusRing } from "@/components/ui/cn";
import { usePlayer, usePlayerState } from "./player-context";

export function VolumeControl({ className }: { className?: string }) {
  const player = usePlayer();
  const volume = usePlayerState((s) => s.volume);
  const muted = usePlayerState((s) => s.muted);
  const silent = muted || volume === 0;
  const Icon = silent ? VolumeX : volume < 0.5 ? Volume1 : Volume2;
  return (
    <div className={cn("flex items-center gap-1.5", className)}>
      <button
        type="button"
        aria-label={muted ? "Unmute" : "Mute"}
        aria-pressed={muted}
        onClick={() => player.toggleMute()}
        className={cn(
          "rounded-md p-1.5 text-zinc-500 hover:text-zinc-900 dark:hover:text-zinc-100",
          focusRing,
        )}
      >
        <Icon aria-hidden className="size-4" />
      </button>
      <input
        type="range"
        aria-label="Volume"
        min={0}
        max={1}
        step={0.05}
        value={muted ? 0 : volume}
        onChange={(e) => player.setVolume(Number(e.target.value))}
        className="h-1 w-20 cursor-pointer accent-brand-500"
      />
    </div>
  );
}
