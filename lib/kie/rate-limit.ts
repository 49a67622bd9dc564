import "server-only";
import { env } from "@/lib/env";

/**
 * Kie allows 20 creates per 10 s per key; excess is refused, not queued. We keep a margin
 * (KIE_CREATE_LIMIT, default 18) with a sliding window so a burst drains at the limit.
 */
class SlidingWindow {
  private stamps: number[] = [];
  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  tryTake(now = Date.now()): boolean {
    this.stamps = this.stamps.filter((t) => now - t < this.windowMs);
    if (this.stamps.length >= this.max) return false;
    this.stamps.push(now);
    return true;
  }

  /** Milliseconds until a slot frees up. */
  waitMs(now = Date.now()): number {
    this.stamps = this.stamps.filter((t) => now - t < this.windowMs);
    if (this.stamps.length < this.max) return 0;
    return this.windowMs - (now - this.stamps[0]);
  }

  /** After Kie says 429 anyway, stop creating for a full window. */
  saturate(now = Date.now()) {
    this.stamps = Array.from({ length: this.max }, () => now);
  }
}

const g = globalThis as unknown as { __kieCreateLimiter?: SlidingWindow };
export const createLimiter: SlidingWindow = (g.__kieCreateLimiter ??= new SlidingWindow(
  env.KIE_CREATE_LIMIT,
  env.KIE_CREATE_WINDOW_MS,
));
