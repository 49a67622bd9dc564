import { createHmac } from "node:crypto";

/** Kie's scheme: base64(HMAC-SHA256(key, `${taskId}.${timestamp}`)); only id and time are signed. */
export function signWebhook(key: string, taskId: string, timestampSeconds: number): string {
  return createHmac("sha256", key).update(`${taskId}.${timestampSeconds}`).digest("base64");
}

type Delivery = { url: string; taskId: string; stage: string; payload: unknown };

export type CallbackEvents = {
  dispatched(taskId: string, stage: string): void;
  failedAttempt(taskId: string, stage: string): void;
};

const RESPONSE_TIMEOUT_MS = 15_000;
const RETRY_DELAYS_MS = [1000, 2000, 4000];

/**
 * Delivers callbacks like Kie: POST JSON, 15 s to answer, and up to 3 retries after a failure
 * (non-2xx or network error). Retry delays scale with timeScale.
 */
export class CallbackSender {
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private closed = false;

  constructor(
    private readonly fetchImpl: typeof fetch,
    private readonly hmacKey: string | undefined,
    private readonly timeScale: number,
    private readonly events: CallbackEvents,
  ) {}

  send(url: string, taskId: string, stage: string, payload: unknown): void {
    if (this.closed || !/^https?:\/\//i.test(url)) return;
    this.events.dispatched(taskId, stage);
    void this.attempt({ url, taskId, stage, payload }, 0);
  }

  close(): void {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  reopen(): void {
    this.closed = false;
  }

  private async attempt(delivery: Delivery, retry: number): Promise<void> {
    if (this.closed) return;
    let ok = false;
    try {
      const res = await this.fetchImpl(delivery.url, {
        method: "POST",
        headers: this.headers(delivery.taskId),
        body: JSON.stringify(delivery.payload),
        signal: AbortSignal.timeout(RESPONSE_TIMEOUT_MS),
      });
      ok = res.ok;
      await res.body?.cancel().catch(() => {});
    } catch {
      ok = false;
    }
    if (ok) return;
    this.events.failedAttempt(delivery.taskId, delivery.stage);
    if (retry >= RETRY_DELAYS_MS.length || this.closed) return;
    const timer = setTimeout(
      () => {
        this.timers.delete(timer);
        void this.attempt(delivery, retry + 1);
      },
      Math.max(5, RETRY_DELAYS_MS[retry] * this.timeScale),
    );
    timer.unref?.();
    this.timers.add(timer);
  }

  private headers(taskId: string): Record<string, string> {
    const headers: Record<string, string> = {
      "content-type": "application/json",
      "user-agent": "KieSimulator/1.0",
    };
    if (this.hmacKey) {
      const timestamp = Math.floor(Date.now() / 1000);
      headers["x-webhook-timestamp"] = String(timestamp);
      headers["x-webhook-signature"] = signWebhook(this.hmacKey, taskId, timestamp);
    }
    return headers;
  }
}
