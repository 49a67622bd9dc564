import { describe, expect, it } from "vitest";
import {
  clampSeek,
  currentTrack,
  EMPTY_QUEUE,
  enqueue,
  nextInQueue,
  previousInQueue,
  type QueueTrack,
  removeFromQueue,
  startQueue,
  switchToAlternate,
} from "@/components/player/queue";
import { pairTakes } from "@/components/player/track-from-asset";

const track = (id: string, extra: Partial<QueueTrack> = {}): QueueTrack => ({
  assetId: id,
  url: `/api/assets/${id}`,
  title: `Song ${id}`,
  subtitle: "Suno",
  artworkUrl: null,
  ...extra,
});

describe("queue", () => {
  it("starts at the chosen track, falling back to the first for an out-of-range start", () => {
    const tracks = [track("a"), track("b"), track("c")];
    expect(currentTrack(startQueue(tracks, 1))?.assetId).toBe("b");
    expect(currentTrack(startQueue(tracks, 7))?.assetId).toBe("a");
    expect(startQueue([], 0)).toEqual(EMPTY_QUEUE);
  });

  it("moves on with next and stops at the end", () => {
    const q = startQueue([track("a"), track("b")], 0);
    const second = nextInQueue(q);
    expect(second && currentTrack(second)?.assetId).toBe("b");
    expect(second && nextInQueue(second)).toBeUndefined();
  });

  it("previous restarts a track well under way and goes back near its start", () => {
    const q = startQueue([track("a"), track("b")], 1);
    expect(previousInQueue(q, 12)).toEqual({ queue: q, restart: true });
    const back = previousInQueue(q, 1.5);
    expect(back.restart).toBe(false);
    expect(currentTrack(back.queue)?.assetId).toBe("a");
    // On the first track there is nothing before it: restart.
    expect(previousInQueue(back.queue, 0.5).restart).toBe(true);
  });

  it("enqueues without duplicates and starts an empty queue", () => {
    const q = enqueue(EMPTY_QUEUE, [track("a"), track("a"), track("b")]);
    expect(q.tracks.map((t) => t.assetId)).toEqual(["a", "b"]);
    expect(q.index).toBe(0);
    const more = enqueue({ ...q, index: 1 }, [track("b"), track("c")]);
    expect(more.tracks.map((t) => t.assetId)).toEqual(["a", "b", "c"]);
    expect(more.index).toBe(1);
  });

  it("removing keeps the current track current, or moves to the next one", () => {
    const q = startQueue([track("a"), track("b"), track("c")], 1);
    expect(currentTrack(removeFromQueue(q, "a"))?.assetId).toBe("b");
    expect(currentTrack(removeFromQueue(q, "b"))?.assetId).toBe("c");
    const last = startQueue([track("a"), track("b")], 1);
    expect(currentTrack(removeFromQueue(last, "b"))?.assetId).toBe("a");
    expect(removeFromQueue(startQueue([track("a")]), "a")).toEqual(EMPTY_QUEUE);
    expect(removeFromQueue(q, "zzz")).toBe(q);
  });

  it("A/B jumps to the other take when it is queued", () => {
    const takes = pairTakes([track("t1"), track("t2")]);
    const q = startQueue(takes, 0);
    const switched = switchToAlternate(q);
    expect(switched?.index).toBe(1);
    expect(switched && currentTrack(switched)?.alternate?.assetId).toBe("t1");
  });

  it("A/B swaps the other take into the current slot when it is not queued", () => {
    const [take1] = pairTakes([track("t1"), track("t2")]);
    const q = startQueue([track("x"), take1], 1);
    const switched = switchToAlternate(q);
    expect(switched?.tracks.map((t) => t.assetId)).toEqual(["x", "t2"]);
    expect(switched && currentTrack(switched)?.alternate?.assetId).toBe("t1");
    // And back again.
    const back = switched && switchToAlternate(switched);
    expect(back && currentTrack(back)?.assetId).toBe("t1");
  });

  it("A/B is unavailable for a track without a sibling take", () => {
    expect(switchToAlternate(startQueue([track("solo")]))).toBeUndefined();
    expect(switchToAlternate(EMPTY_QUEUE)).toBeUndefined();
  });

  it("pairs only two takes, each pointing at the other", () => {
    const [a, b] = pairTakes([track("t1"), track("t2")]);
    expect(a.alternate?.assetId).toBe("t2");
    expect(b.alternate?.assetId).toBe("t1");
    expect(a.alternate && "alternate" in a.alternate).toBe(false);
    expect(pairTakes([track("a"), track("b"), track("c")]).every((t) => !t.alternate)).toBe(true);
  });

  it("clamps seeks inside the track", () => {
    expect(clampSeek(-4, 100)).toBe(0);
    expect(clampSeek(40, 100)).toBe(40);
    expect(clampSeek(120, 100)).toBeCloseTo(99.95);
    expect(clampSeek(120, undefined)).toBe(120);
  });
});
