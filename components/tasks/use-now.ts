"use client";

import { useSyncExternalStore } from "react";

type Ticker = { now: number; subscribe: (onChange: () => void) => () => void };

// One interval per period, shared by every component that shows a live age or duration.
const tickers = new Map<number, Ticker>();

function createTicker(periodMs: number): Ticker {
  const listeners = new Set<() => void>();
  let timer: ReturnType<typeof setInterval> | undefined;
  const ticker: Ticker = {
    now: Date.now(),
    subscribe(onChange) {
      listeners.add(onChange);
      if (!timer) {
        // The clock stood still while nobody watched: catch up once, then tick.
        if (Date.now() - ticker.now >= periodMs) {
          ticker.now = Date.now();
          queueMicrotask(onChange);
        }
        timer = setInterval(() => {
          ticker.now = Date.now();
          for (const listener of listeners) listener();
        }, periodMs);
      }
      return () => {
        listeners.delete(onChange);
        if (listeners.size === 0) {
          clearInterval(timer);
          timer = undefined;
        }
      };
    },
  };
  return ticker;
}

/** The current time, refreshed every `periodMs` while mounted. */
export function useNow(periodMs = 15_000): number {
  let ticker = tickers.get(periodMs);
  if (!ticker) {
    ticker = createTicker(periodMs);
    tickers.set(periodMs, ticker);
  }
  const { subscribe } = ticker;
  const current = ticker;
  return useSyncExternalStore(
    subscribe,
    () => current.now,
    () => (typeof window === "undefined" ? Date.now() : current.now),
  );
}
