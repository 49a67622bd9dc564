"use client";

import { useEffect } from "react";
import { playerKeyAction } from "./keys";
import { usePlayer } from "./player-context";

/** The player's keyboard shortcuts, page-wide while a track is loaded. */
export function usePlayerKeys(enabled: boolean) {
  const player = usePlayer();
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      const action = playerKeyAction(e);
      if (!action) return;
      e.preventDefault();
      const { volume } = player.getSnapshot();
      if (action.type === "toggle") player.toggle();
      else if (action.type === "seek-by") player.seekBy(action.seconds);
      else if (action.type === "volume-by") player.setVolume(volume + action.delta);
      else player.toggleMute();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [enabled, player]);
}
