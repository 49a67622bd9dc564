"use client";

import { usePlayer, usePlayerState } from "./player-context";
import { currentTrack, type QueueTrack } from "./queue";

/**
 * What a track's own play button needs from the global player: whether this track is the one
 * loaded, playing, how far along, and the commands to play it (with its queue) or queue it.
 */
export function useTrackControl(tracks: QueueTrack[], index: number) {
  const player = usePlayer();
  const assetId = tracks[index]?.assetId;
  const current = usePlayerState((s) => currentTrack(s.queue)?.assetId === assetId);
  const playing = usePlayerState((s) => current && s.playing);
  const position = usePlayerState((s) => (current ? s.position : 0));
  const duration = usePlayerState((s) => (current ? s.duration : undefined));
  const failed = usePlayerState((s) => current && s.failed);
  return {
    current,
    playing,
    position,
    duration,
    failed,
    toggle: () => player.play(tracks, index),
    seek: (seconds: number) => (current ? player.seek(seconds) : undefined),
    addToQueue: () => player.add([tracks[index]]),
  };
}
