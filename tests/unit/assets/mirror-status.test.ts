import { describe, expect, it } from "vitest";
import { describeMirrorStatus, timeLeft } from "@/lib/assets/mirror-status";

const now = Date.parse("2026-05-01T12:00:00Z");
const inHours = (h: number) => new Date(now + h * 3600_000).toISOString();

describe("describeMirrorStatus", () => {
  it("says a mirrored asset is saved, whatever Kie's deadline", () => {
    const s = describeMirrorStatus({ mirrorStatus: "mirrored", expiresAt: inHours(-5) }, now);
    expect(s).toMatchObject({ label: "Saved", tone: "success" });
  });

  it("counts down to Kie's deletion while saving", () => {
    expect(describeMirrorStatus({ mirrorStatus: "pending", expiresAt: inHours(13 * 24 + 5) }, now)).toEqual({
      label: "Saving… · 13 days left",
      tone: "info",
      detail: "Not saved in the studio yet. Kie deletes it in 13 days.",
    });
    expect(describeMirrorStatus({ mirrorStatus: "pending", expiresAt: inHours(5.5) }, now)).toMatchObject({
      label: "Saving… · 5 hours left",
      tone: "warning",
    });
  });

  it("shows why saving failed and how long is left to rescue it", () => {
    const s = describeMirrorStatus(
      { mirrorStatus: "failed", expiresAt: inHours(0.5), mirrorError: "The download was cut short" },
      now,
    );
    expect(s).toEqual({
      label: "Not saved · 30 minutes left",
      tone: "danger",
      detail: "The download was cut short Kie deletes it in 30 minutes.",
    });
  });

  it("says when Kie's copy is gone", () => {
    expect(describeMirrorStatus({ mirrorStatus: "failed", expiresAt: inHours(-1) }, now).label).toBe(
      "Expired at Kie",
    );
  });
});

describe("timeLeft", () => {
  it.each([
    [30_000, "1 minute"],
    [59 * 60_000, "59 minutes"],
    [60 * 60_000, "1 hour"],
    [47 * 3600_000, "47 hours"],
    [48 * 3600_000, "2 days"],
    [14 * 24 * 3600_000, "14 days"],
  ])("%i ms → %s", (ms, text) => {
    expect(timeLeft(ms)).toBe(text);
  });
});
