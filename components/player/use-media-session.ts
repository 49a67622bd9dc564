"use client";

import { useEffect } from "react";
import { usePlayer, usePlayerState } from "./player-context";
import { currentTrack } from "./queue";

const SKIP_S = 10;

/** Lock screen, headset and media keys: what is playing, and play/pause/seek/next/previous. */
export function useMediaSession() {
  const player = usePlayer();
  const track = usePlayerState((s) => currentTrack(s.queue));
  const playing = usePlayerState((s) => s.playing);
  const position = usePlayerState((s) => s.position);
  const duration = usePlayerState((s) => s.duration);

  useEffect(() => {
    if (!("mediaSession" in navigator)) return;
    const session = navigator.mediaSession;
    const handlers: [MediaSessionAction, MediaSessionActionHandler][] = [
      ["play", () => player.toggle()],
      ["pause", () => player.pause()],
      ["seekbackward", (d) => player.seekBy(-(d.seekOffset ?? SKIP_S))],
      ["seekforward", (d) => player.seekBy(d.seekOffset ?? SKIP_S)],
      ["seekto", (d) => d.seekTime !== undefined && player.seek(d.seekTime)],
      ["previoustrack", () => player.previous()],
      ["nexttrack", () => player.next()],
    ];
    for (const [action, handler] of handlers) {
      try {
        session.setActionHandler(action, handler);
      } catch {
        // Browsers throw for actions they do not support; the others still work.
      }
    }
    return () => {
      for (const [action] of handlers) {
        try {
          session.setActionHandler(action, null);
        } catch {}
      }
    };
  }, [player]);

  useEffect(() => {
    if (!("mediaSession" in navigator)) return;
    navigator.mediaSession.metadata = track
      ? new MediaMetadata({
          title: track.title,
          artist: track.subtitle,
          album: "Kie Studio",
          artwork: track.artworkUrl ? [{ src: new URL(track.artworkUrl, location.href).href }] : [],
        })
      : null;
  }, [track]);

  useEffect(() => {
    if (!("mediaSession" in navigator)) return;
    navigator.mediaSession.playbackState = track ? (playing ? "playing" : "paused") : "none";
  }, [track, playing]);

  useEffect(() => {
    if (!("mediaSession" in navigator) || !duration || !Number.isFinite(duration)) return;
    try {
      navigator.mediaSession.setPositionState({
        duration,
        position: Math.min(position, duration),
        playbackRate: 1,
      });
    } catch {}
  }, [position, duration]);
}
