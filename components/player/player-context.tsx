"use client";

import { createContext, type ReactNode, useContext, useState, useSyncExternalStore } from "react";
import { type PlayerSnapshot, PlayerStore } from "./player-store";

const PlayerContext = createContext<PlayerStore | null>(null);

/** Holds the studio's one player; mount it once around every page that plays audio. */
export function PlayerStoreProvider({ children }: { children: ReactNode }) {
  const [store] = useState(() => new PlayerStore());
  return <PlayerContext.Provider value={store}>{children}</PlayerContext.Provider>;
}

export function usePlayer(): PlayerStore {
  const store = useContext(PlayerContext);
  if (!store) throw new Error("usePlayer needs a <PlayerProvider> above it (the studio layout mounts one)");
  return store;
}

const SERVER_SNAPSHOT: PlayerSnapshot = {
  queue: { tracks: [], index: -1 },
  playing: false,
  position: 0,
  duration: undefined,
  volume: 1,
  muted: false,
  failed: false,
};

/** Re-renders with every player change; pass a selector to re-render only when its value changes. */
export function usePlayerState<T = PlayerSnapshot>(select: (s: PlayerSnapshot) => T = (s) => s as T): T {
  const store = usePlayer();
  return useSyncExternalStore(
    store.subscribe,
    () => select(store.getSnapshot()),
    () => select(SERVER_SNAPSHOT),
  );
}
