import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { microCache } from "@/lib/node/micro-cache";

function counted(ttlMs = 1000, maxEntries = 100) {
  const loads: string[] = [];
  const cache = microCache({ ttlMs, maxEntries, keyOf: (id: string) => id }, async (id: string) => {
    loads.push(id);
    return { id, n: loads.length };
  });
  return { cache, loads };
}

describe("microCache", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ["Date"] }));
  afterEach(() => vi.useRealTimers());

  it("answers repeated and simultaneous reads of one key with one load until the ttl passes", async () => {
    const { cache, loads } = counted(1000);
    const [a, b] = await Promise.all([cache.get("t1"), cache.get("t1")]);
    expect(a).toBe(b);
    vi.advanceTimersByTime(999);
    expect(await cache.get("t1")).toBe(a);
    expect(loads).toEqual(["t1"]);
    vi.advanceTimersByTime(1);
    expect((await cache.get("t1")).n).toBe(2);
    expect(loads).toEqual(["t1", "t1"]);
  });

  it("keeps keys apart", async () => {
    const { cache, loads } = counted();
    await cache.get("a");
    await cache.get("b");
    expect(loads).toEqual(["a", "b"]);
  });

  it("forgets one key or all of them at once", async () => {
    const { cache, loads } = counted();
    await cache.get("a");
    await cache.get("b");
    cache.forget("a");
    await cache.get("a");
    await cache.get("b");
    expect(loads).toEqual(["a", "b", "a"]);
    cache.clear();
    await cache.get("b");
    expect(loads).toEqual(["a", "b", "a", "b"]);
  });

  it("does not keep a failed load", async () => {
    let fail = true;
    const cache = microCache(
      { ttlMs: 1000, maxEntries: 10, keyOf: (id: string) => id },
      async (id: string) => {
        if (fail) throw new Error("database away");
        return id;
      },
    );
    await expect(cache.get("x")).rejects.toThrow("database away");
    fail = false;
    expect(await cache.get("x")).toBe("x");
  });

  it("holds at most maxEntries, dropping the oldest", async () => {
    const { cache, loads } = counted(60_000, 2);
    await cache.get("a");
    await cache.get("b");
    await cache.get("c");
    await cache.get("b");
    await cache.get("a");
    expect(loads).toEqual(["a", "b", "c", "a"]);
  });
});
