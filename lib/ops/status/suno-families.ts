import type { StatusFamily } from "./index";

/**
 * Status families for Suno's derived endpoints (lyrics, WAV, vocal separation, MIDI, MP4, cover
 * art) and the synchronous ones (persona, timestamped lyrics, boost style), REFERENCE §6.8–6.12.
 */
export const sunoFamilies: Record<string, StatusFamily> = {};
