import { type SimContext, taskMediaUrl } from "../state";
import type { SimTask } from "../types";

// Helpers shared by the video views (no lifecycle imports: lifecycle imports the views).

export function mediaUrl(ctx: SimContext, task: SimTask, suffix: string): string {
  return taskMediaUrl(ctx, task.id, suffix, task.media[suffix]);
}

/** Kie's "YYYY-MM-DD HH:mm:ss" (docs examples of the Veo/Runway records). */
export function formatTime(ms: number | null): string | null {
  if (ms === null) return null;
  return new Date(ms).toISOString().slice(0, 19).replace("T", " ");
}

/** A stable UUID-looking id derived from a task id (Runway's videoId). */
export function uuidFrom(hex: string): string {
  const h = hex.padEnd(32, "0");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

export function taskIdParam(url: URL): string {
  return url.searchParams.get("taskId")?.trim() ?? "";
}
