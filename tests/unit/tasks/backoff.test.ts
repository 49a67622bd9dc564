import { describe, expect, it } from "vitest";
import { CALLBACK_SAFETY_FACTOR, nextPollDelayMs } from "@/lib/tasks/backoff";

const mid = () => 0.5; // no jitter
const delay = (ageS: number, errors = 0, callbackExpected = false) =>
  nextPollDelayMs(ageS * 1000, errors, 2500, { callbackExpected, random: mid });

describe("poll backoff", () => {
  it("polls a young task every base interval and backs off with age up to a minute", () => {
    expect(delay(5)).toBe(2500);
    expect(delay(60)).toBe(5000);
    expect(delay(300)).toBe(10_000);
    expect(delay(1200)).toBe(30_000);
    expect(delay(7200)).toBe(60_000);
  });

  it("spaces polls by the safety factor when a callback is expected, up to two minutes", () => {
    expect(delay(5, 0, true)).toBe(2500 * CALLBACK_SAFETY_FACTOR);
    expect(delay(300, 0, true)).toBe(40_000);
    expect(delay(7200, 0, true)).toBe(120_000);
  });

  it("doubles with each error, capped at five minutes", () => {
    expect(delay(5, 1)).toBe(5000);
    expect(delay(5, 3)).toBe(20_000);
    expect(delay(7200, 10)).toBe(300_000);
  });

  it("jitters by ±20 %", () => {
    expect(nextPollDelayMs(5000, 0, 2500, { random: () => 0 })).toBe(2000);
    expect(nextPollDelayMs(5000, 0, 2500, { random: () => 0.999999 })).toBe(3000);
  });
});
