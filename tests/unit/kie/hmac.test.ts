import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signKieWebhook, verifyKieWebhook } from "@/lib/kie/hmac";

const key = "test-webhook-key-123";
const taskId = "2aeff425a5f21580d2f225c4129e63ab";
const now = 1_769_670_760;

describe("Kie webhook HMAC", () => {
  it("signs taskId.timestamp as base64 HMAC-SHA256 (the documented recipe)", () => {
    const expected = createHmac("sha256", key).update(`${taskId}.${now}`).digest("base64");
    expect(signKieWebhook(key, taskId, now)).toBe(expected);
  });

  it("accepts a valid signature within the window", () => {
    const signature = signKieWebhook(key, taskId, now);
    expect(verifyKieWebhook({ key, taskId, timestamp: String(now), signature, nowSec: now + 299 })).toBe(
      true,
    );
  });

  it.each([
    ["wrong key", { signature: signKieWebhook("other-key-123", taskId, now) }],
    ["other task", { taskId: "b".repeat(32) }],
    ["stale", { nowSec: now + 301 }],
    ["from the future", { nowSec: now - 301 }],
    ["missing signature", { signature: null }],
    ["missing timestamp", { timestamp: null }],
    ["non-numeric timestamp", { timestamp: "12a" }],
    ["truncated signature", { signature: signKieWebhook(key, taskId, now).slice(0, 20) }],
  ])("rejects %s", (_name, patch) => {
    const base = {
      key,
      taskId,
      timestamp: String(now),
      signature: signKieWebhook(key, taskId, now),
      nowSec: now,
    };
    expect(verifyKieWebhook({ ...base, ...patch })).toBe(false);
  });
});
