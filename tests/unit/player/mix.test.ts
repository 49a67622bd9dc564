import { describe, expect, it } from "vitest";
import { clockIndex, driftedFollowers, effectiveGains } from "@/components/player/mix";
import { resumeAt } from "@/components/player/video-versions";

const ch = (volume = 1, muted = false, soloed = false) => ({ volume, muted, soloed });

describe("stem gains", () => {
  it("plays every unmuted stem at its volume", () => {
    expect(effectiveGains([ch(1), ch(0.5), ch(1, true)])).toEqual([1, 0.5, 0]);
  });

  it("while soloing, only soloed stems sound, and mute still wins", () => {
    expect(effectiveGains([ch(1, false, true), ch(0.7), ch(0.4, true, true)])).toEqual([1, 0, 0]);
    expect(effectiveGains([ch(0.3, false, true), ch(1, false, true)])).toEqual([0.3, 1]);
  });

  it("clamps volumes to 0–1", () => {
    expect(effectiveGains([ch(1.4), ch(-1)])).toEqual([1, 0]);
  });
});

describe("stem sync", () => {
  it("re-seeks only followers drifted past the tolerance", () => {
    const followers = [
      { currentTime: 10.02, duration: 60 },
      { currentTime: 10.3, duration: 60 },
      { currentTime: 9.8, duration: 60 },
    ];
    expect(driftedFollowers(10, followers)).toEqual([1, 2]);
    expect(driftedFollowers(10, followers, 0.5)).toEqual([]);
  });

  it("leaves a shorter stem alone once the clock passes its end", () => {
    expect(driftedFollowers(40, [{ currentTime: 30, duration: 30 }])).toEqual([]);
    expect(driftedFollowers(20, [{ currentTime: 25, duration: Number.NaN }])).toEqual([0]);
  });

  it("keeps time by the longest stem", () => {
    expect(clockIndex([30, 62.5, 62])).toBe(1);
    expect(clockIndex([Number.NaN, 12])).toBe(1);
    expect(clockIndex([Number.NaN, Number.NaN])).toBe(0);
  });
});

describe("video resolution switch", () => {
  it("resumes at the same moment, inside the new file", () => {
    expect(resumeAt(4.2, 8)).toBe(4.2);
    expect(resumeAt(8, 7.96)).toBeCloseTo(7.91);
    expect(resumeAt(3, Number.NaN)).toBe(3);
    expect(resumeAt(-1, 8)).toBe(0);
  });
});
