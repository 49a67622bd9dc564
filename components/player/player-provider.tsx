"use client";

import type { ReactNode } from "react";
import { PlayerBar } from "./player-bar";
import { PlayerStoreProvider, usePlayerState } from "./player-context";

/** Keeps the page's last lines clear of the docked player while it shows. */
function PlayerSpacer() {
  const active = usePlayerState((s) => s.queue.index >= 0);
  return active ? <div aria-hidden className="h-24" /> : null;
}

/**
 * The studio-wide player: mounted once in the studio layout, so the <audio> element and its queue
 * survive navigation between pages.
 */
export function PlayerProvider({ children }: { children: ReactNode }) {
  return (
    <PlayerStoreProvider>
      {children}
      <PlayerSpacer />
      <PlayerBar />
    </PlayerStoreProvider>
  );
}
