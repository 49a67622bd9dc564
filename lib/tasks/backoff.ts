/** With a callback on its way, polling is only the safety net for a lost one: this much slower. */
export const CALLBACK_SAFETY_FACTOR = 4;
const MAX_DELAY_MS = 60_000;
const MAX_SAFETY_NET_DELAY_MS = 120_000;
const MAX_ERROR_DELAY_MS = 300_000;

/**
 * Poll soon while a task is young, then back off with its age (≈2.5 s → 60 s), with ±20 % jitter.
 * Errors double the wait. A task that carries a callback is read when its callback arrives, so its
 * own polls are spaced ×4 (≈10 s → 120 s): a lost callback costs at most that much delay.
 */
export function nextPollDelayMs(
  ageMs: number,
  errorCount: number,
  baseMs: number,
  opts: { callbackExpected?: boolean; random?: () => number } = {},
): number {
  const steps: Array<[number, number]> = [
    [30_000, 1],
    [120_000, 2],
    [600_000, 4],
    [1_800_000, 12],
  ];
  const factor = steps.find(([age]) => ageMs < age)?.[1] ?? 24;
  let delay = Math.min(baseMs * factor, MAX_DELAY_MS);
  if (opts.callbackExpected)
    delay = Math.min(baseMs * factor * CALLBACK_SAFETY_FACTOR, MAX_SAFETY_NET_DELAY_MS);
  if (errorCount > 0) delay = Math.min(delay * 2 ** Math.min(errorCount, 6), MAX_ERROR_DELAY_MS);
  return Math.round(delay * (0.8 + (opts.random ?? Math.random)() * 0.4));
}
