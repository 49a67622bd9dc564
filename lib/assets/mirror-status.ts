import type { BadgeTone } from "@/components/ui/badge";

export type MirrorStatusInput = {
  mirrorStatus: "pending" | "mirrored" | "failed";
  expiresAt: string | null;
  mirrorError?: string | null;
};

export type MirrorStatusText = { label: string; tone: BadgeTone; detail: string };

/** "3 days", "5 hours", "12 minutes": the unit a person would use for the time left. */
export function timeLeft(ms: number): string {
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;
  const minutes = Math.max(1, Math.floor(ms / 60_000));
  if (minutes < 60) return plural(minutes, "minute");
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return plural(hours, "hour");
  return plural(Math.floor(hours / 24), "day");
}

/** What the mirror badge says: saved here, or how long Kie still keeps the only copy. */
export function describeMirrorStatus(a: MirrorStatusInput, now = Date.now()): MirrorStatusText {
  if (a.mirrorStatus === "mirrored")
    return {
      label: "Saved",
      tone: "success",
      detail: "Stored in the studio; it stays after Kie deletes its copy.",
    };
  const left = a.expiresAt ? new Date(a.expiresAt).getTime() - now : null;
  if (left !== null && left <= 0)
    return {
      label: "Expired at Kie",
      tone: "danger",
      detail: "Kie has deleted this file and it was never saved here.",
    };
  const deadline = left === null ? "" : ` Kie deletes it in ${timeLeft(left)}.`;
  if (a.mirrorStatus === "failed")
    return {
      label: left === null ? "Not saved" : `Not saved · ${timeLeft(left)} left`,
      tone: "danger",
      detail: `${a.mirrorError ?? "Saving failed."}${deadline}`,
    };
  return {
    label: left === null ? "Saving…" : `Saving… · ${timeLeft(left)} left`,
    tone: left !== null && left < 24 * 3600_000 ? "warning" : "info",
    detail: `Not saved in the studio yet.${deadline}`,
  };
}
