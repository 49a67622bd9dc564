import type { StatusFamily } from "./index";

/** Status families for video APIs (Veo, Veo 1080p/4K, Runway, Aleph). */
export const videoFamilies: Record<string, StatusFamily> = {};
