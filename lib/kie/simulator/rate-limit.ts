/** Sliding-window limiter shared by every create endpoint (Kie: 20 new tasks per 10 s per account). */
export class SlidingWindowLimiter {
  private hits: number[] = [];

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  /** Records the attempt and says whether it is allowed; rejected attempts are not recorded. */
  tryAcquire(now: number): boolean {
    const cutoff = now - this.windowMs;
    while (this.hits.length > 0 && this.hits[0] <= cutoff) this.hits.shift();
    if (this.hits.length >= this.max) return false;
    this.hits.push(now);
    return true;
  }

  reset(): void {
    this.hits = [];
  }
}

export const RATE_LIMITED_MSG =
  "The frequency of requests is too high. Please try again later (limit: 20 new tasks per 10 seconds).";
