/** One stem's fader state in the mixer. */
export type StemChannel = { volume: number; muted: boolean; soloed: boolean };

/**
 * The gain each stem actually plays at: while any stem is soloed only soloed stems sound (a soloed
 * stem that is also muted stays silent); otherwise every unmuted stem plays at its volume.
 */
export function effectiveGains(channels: readonly StemChannel[]): number[] {
  const soloing = channels.some((c) => c.soloed);
  return channels.map((c) => {
    if (c.muted || (soloing && !c.soloed)) return 0;
    return Math.min(1, Math.max(0, c.volume));
  });
}

/** Stems further than this from the clock are re-seeked; smaller drift is inaudible and left alone. */
export const DRIFT_TOLERANCE_S = 0.06;

/**
 * Which followers have drifted from the clock stem far enough to be re-seeked. Elements that ended
 * (shorter stems) are left alone once the clock passes their length.
 */
export function driftedFollowers(
  clockS: number,
  followers: readonly { currentTime: number; duration: number }[],
  tolerance = DRIFT_TOLERANCE_S,
): number[] {
  const out: number[] = [];
  followers.forEach((f, i) => {
    const inside = !Number.isFinite(f.duration) || clockS < f.duration;
    if (inside && Math.abs(f.currentTime - clockS) > tolerance) out.push(i);
  });
  return out;
}

/** The stem that keeps time: the longest one, so the mix never ends while a stem still plays. */
export function clockIndex(durations: readonly number[]): number {
  let best = 0;
  durations.forEach((d, i) => {
    if ((Number.isFinite(d) ? d : 0) > (Number.isFinite(durations[best]) ? durations[best] : 0)) best = i;
  });
  return best;
}
