"use client";

import { X } from "lucide-react";
import { cn, focusRing } from "@/components/ui/cn";
import { usePlayer, usePlayerState } from "./player-context";

/** What plays next; a click jumps to a track, the cross takes it out. */
export function QueueList() {
  const player = usePlayer();
  const queue = usePlayerState((s) => s.queue);
  return (
    <ol
      data-testid="player-queue"
      aria-label="Queue"
      className="flex max-h-56 flex-col gap-0.5 overflow-y-auto p-2"
    >
      {queue.tracks.map((track, i) => (
        <li key={track.assetId} className="flex items-center gap-2">
          <button
            type="button"
            aria-current={i === queue.index ? "true" : undefined}
            onClick={() => player.play(queue.tracks, i)}
            className={cn(
              "flex min-w-0 flex-1 items-baseline gap-2 rounded-md px-2 py-1.5 text-left text-[13px] hover:bg-zinc-100 dark:hover:bg-zinc-800",
              i === queue.index
                ? "font-semibold text-brand-700 dark:text-brand-300"
                : "text-zinc-700 dark:text-zinc-300",
              focusRing,
            )}
          >
            <span className="w-5 shrink-0 text-right text-xs tabular-nums text-zinc-400">{i + 1}</span>
            <span className="truncate">{track.title}</span>
            <span className="ml-auto shrink-0 text-xs text-zinc-400">{track.subtitle}</span>
          </button>
          <button
            type="button"
            aria-label={`Remove ${track.title} from the queue`}
            onClick={() => player.remove(track.assetId)}
            className={cn(
              "rounded-md p-1 text-zinc-400 hover:text-zinc-700 dark:hover:text-zinc-200",
              focusRing,
            )}
          >
            <X aria-hidden className="size-3.5" />
          </button>
        </li>
      ))}
    </ol>
  );
}
