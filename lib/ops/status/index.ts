import type { StatusFamilyId, TaskStatus } from "../types";
import { normalizeGpt4oImage } from "./gpt4o-image";
import { imageFamilies } from "./image-families";
import { normalizeMarket } from "./market";
import { sunoFamilies } from "./suno-families";
import { normalizeSunoMusic } from "./suno-music";
import { videoFamilies } from "./video-families";

export type StatusFamily = {
  id: StatusFamilyId;
  /** GET path polled with `?taskId=` ("" for synchronous families). */
  pollPath: string;
  /**
   * Synchronous endpoints (persona, timestamped lyrics, boost style) answer the create request
   * with the result: the engine normalizes that answer instead of polling.
   */
  sync?: boolean;
  normalize: (raw: unknown, ctx?: { kind?: import("../types").AssetKind }) => TaskStatus;
  /** Give up after this long without a terminal state. */
  deadlineMs: number;
};

export const statusFamilies: Partial<Record<StatusFamilyId, StatusFamily>> &
  Record<"suno-music" | "gpt4o-image" | "market", StatusFamily> = {
  "suno-music": {
    id: "suno-music",
    pollPath: "/api/v1/generate/record-info",
    normalize: (raw) => normalizeSunoMusic(raw),
    deadlineMs: 30 * 60_000,
  },
  "gpt4o-image": {
    id: "gpt4o-image",
    pollPath: "/api/v1/gpt4o-image/record-info",
    normalize: (raw) => normalizeGpt4oImage(raw),
    deadlineMs: 30 * 60_000,
  },
  market: {
    id: "market",
    pollPath: "/api/v1/jobs/recordInfo",
    normalize: (raw, ctx) => normalizeMarket(raw, ctx?.kind ?? "image"),
    deadlineMs: 60 * 60_000,
  },
  ...imageFamilies,
  ...videoFamilies,
  ...sunoFamilies,
};

/** Where Kie puts the task id in a callback: top-level taskId, then data.taskId, then data.task_id. */
export function callbackTaskId(body: unknown): string | undefined {
  if (!body || typeof body !== "object") return undefined;
  const b = body as Record<string, unknown>;
  const d = (b.data && typeof b.data === "object" ? b.data : {}) as Record<string, unknown>;
  for (const v of [b.taskId, d.taskId, d.task_id]) if (typeof v === "string" && v) return v;
  return undefined;
}
