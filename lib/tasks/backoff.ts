/** Poll soon while a task is young, then back off with its age (≈2.5 s → 60 s), with ±20 % jitter. */
export function nextPollDelayMs(
  ageMs: number,
  errorCount: number,
  baseMs: number,
  random = Math.random,
): number {
  const steps: Array<[number, number]> = [
    [30_000, 1],
    [120_000, 2],
    [600_000, 4],
    [1_800_000, 12],
  ];
  const factor = steps.find(([age]) => ageMs < age)?.[1] ?? 24;
  let delay = Math.min(baseMs * factor, 60_000);
  if (errorCount > 0) delay = Math.min(delay * 2 ** Math.min(errorCount, 6), 300_000);
  return Math.round(delay * (0.8 + random() * 0.4));
}
