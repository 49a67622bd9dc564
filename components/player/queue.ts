/** A playable track as the global player holds it: our own URLs only, never a provider's. */
export type QueueTrack = {
  assetId: string;
  url: string;
  title: string;
  /** Who or what made it, shown as the Media Session artist ("Suno · Take 1"). */
  subtitle: string;
  artworkUrl: string | null;
  durationSec?: number;
  /** The other take of the same Suno task, for A/B comparison at the same position. */
  alternate?: Omit<QueueTrack, "alternate">;
};

export type Queue = { tracks: QueueTrack[]; index: number };

export const EMPTY_QUEUE: Queue = { tracks: [], index: -1 };

/** Pressing "previous" this far into a track restarts it instead of going back (as music apps do). */
export const RESTART_THRESHOLD_S = 3;

export function currentTrack(queue: Queue): QueueTrack | undefined {
  return queue.tracks[queue.index];
}

/** A new queue that starts at `start`; an out-of-range start plays the first track. */
export function startQueue(tracks: QueueTrack[], start = 0): Queue {
  if (!tracks.length) return EMPTY_QUEUE;
  return { tracks, index: start >= 0 && start < tracks.length ? start : 0 };
}

/** Appends tracks not already queued; an empty queue starts at the first of them. */
export function enqueue(queue: Queue, tracks: QueueTrack[]): Queue {
  const known = new Set(queue.tracks.map((t) => t.assetId));
  const added = tracks.filter((t) => !known.has(t.assetId) && known.add(t.assetId));
  const all = [...queue.tracks, ...added];
  return { tracks: all, index: queue.index < 0 && all.length ? 0 : queue.index };
}

/** The queue moved on by one; undefined at the end (the player stops there). */
export function nextInQueue(queue: Queue): Queue | undefined {
  return queue.index + 1 < queue.tracks.length ? { ...queue, index: queue.index + 1 } : undefined;
}

/**
 * "Previous": well into a track (or on the first one) it restarts the track; near its start it goes
 * to the track before.
 */
export function previousInQueue(queue: Queue, positionS: number): { queue: Queue; restart: boolean } {
  if (positionS > RESTART_THRESHOLD_S || queue.index <= 0) return { queue, restart: true };
  return { queue: { ...queue, index: queue.index - 1 }, restart: false };
}

/** Drops one track; the current one stays current, removing the current one moves to its successor. */
export function removeFromQueue(queue: Queue, assetId: string): Queue {
  const at = queue.tracks.findIndex((t) => t.assetId === assetId);
  if (at < 0) return queue;
  const tracks = queue.tracks.filter((_, i) => i !== at);
  if (!tracks.length) return EMPTY_QUEUE;
  const index = at < queue.index ? queue.index - 1 : Math.min(queue.index, tracks.length - 1);
  return { tracks, index };
}

/**
 * A/B: the current track becomes its alternate take. When that take is queued too, the queue jumps
 * to it; otherwise it takes the current slot (and keeps the first take as its own alternate).
 */
export function switchToAlternate(queue: Queue): Queue | undefined {
  const current = currentTrack(queue);
  const alternate = current?.alternate;
  if (!current || !alternate) return undefined;
  const queued = queue.tracks.findIndex((t) => t.assetId === alternate.assetId);
  if (queued >= 0) return { ...queue, index: queued };
  const { alternate: _, ...withoutAlternate } = current;
  const swapped: QueueTrack = { ...alternate, alternate: withoutAlternate };
  return { ...queue, tracks: queue.tracks.map((t, i) => (i === queue.index ? swapped : t)) };
}

/** Clamps a seek target inside the track (a little before the end, so "ended" still fires once). */
export function clampSeek(targetS: number, durationS: number | undefined): number {
  const max =
    durationS && Number.isFinite(durationS) ? Math.max(0, durationS - 0.05) : Number.POSITIVE_INFINITY;
  return Math.min(Math.max(0, targetS), max);
}
