import type { StatusFamily } from "./index";
import { normalizeAleph, normalizeRunway, normalizeVeo, normalizeVeo4k, normalizeVeo1080p } from "./video";

/** Status families for video APIs (Veo, Veo 1080p/4K, Runway, Aleph). */
export const videoFamilies: Record<string, StatusFamily> = {
  veo: {
    id: "veo",
    pollPath: "/api/v1/veo/record-info",
    normalize: (raw) => normalizeVeo(raw),
    deadlineMs: 30 * 60_000,
  },
  // Poll-only: the Kie task id is the source Veo task (see lib/ops/video/veo.ts, request.pollOnly).
  "veo-1080p": {
    id: "veo-1080p",
    pollPath: "/api/v1/veo/get-1080p-video",
    normalize: (raw) => normalizeVeo1080p(raw),
    deadlineMs: 20 * 60_000,
  },
  // The 4K create returns a task id whose record-info carries the 4K result (and mediaIds).
  "veo-4k": {
    id: "veo-4k",
    pollPath: "/api/v1/veo/record-info",
    normalize: (raw) => normalizeVeo4k(raw),
    deadlineMs: 45 * 60_000,
  },
  runway: {
    id: "runway",
    pollPath: "/api/v1/runway/record-detail",
    normalize: (raw) => normalizeRunway(raw),
    deadlineMs: 30 * 60_000,
  },
  aleph: {
    id: "aleph",
    pollPath: "/api/v1/aleph/record-info",
    normalize: (raw) => normalizeAleph(raw),
    deadlineMs: 30 * 60_000,
  },
};
