import type { StatusFamily } from "./index";
import { normalizeSunoCover } from "./suno-cover";
import { normalizeSunoMp4, normalizeSunoWav } from "./suno-files";
import { normalizeSunoLyrics } from "./suno-lyrics";
import { normalizeSunoMidi } from "./suno-midi";
import { normalizeSunoPersona, normalizeSunoStyle, normalizeSunoTimestampedLyrics } from "./suno-sync";
import { normalizeSunoVocal } from "./suno-vocal";

const MINUTE = 60_000;

/**
 * Status families for Suno's derived endpoints (lyrics, WAV, vocal separation, MIDI, MP4, cover
 * art) and the synchronous ones (persona, timestamped lyrics, boost style), REFERENCE §6.8–6.12.
 */
export const sunoFamilies: Record<string, StatusFamily> = {
  "suno-lyrics": {
    id: "suno-lyrics",
    pollPath: "/api/v1/lyrics/record-info",
    normalize: (raw) => normalizeSunoLyrics(raw),
    deadlineMs: 15 * MINUTE,
  },
  "suno-wav": {
    id: "suno-wav",
    pollPath: "/api/v1/wav/record-info",
    normalize: (raw) => normalizeSunoWav(raw),
    deadlineMs: 20 * MINUTE,
  },
  "suno-vocal": {
    id: "suno-vocal",
    pollPath: "/api/v1/vocal-removal/record-info",
    normalize: (raw) => normalizeSunoVocal(raw),
    deadlineMs: 30 * MINUTE,
  },
  "suno-midi": {
    id: "suno-midi",
    pollPath: "/api/v1/midi/record-info",
    normalize: (raw) => normalizeSunoMidi(raw),
    deadlineMs: 30 * MINUTE,
  },
  "suno-mp4": {
    id: "suno-mp4",
    pollPath: "/api/v1/mp4/record-info",
    normalize: (raw) => normalizeSunoMp4(raw),
    deadlineMs: 30 * MINUTE,
  },
  "suno-cover": {
    id: "suno-cover",
    pollPath: "/api/v1/suno/cover/record-info",
    normalize: (raw) => normalizeSunoCover(raw),
    deadlineMs: 20 * MINUTE,
  },
  "suno-timestamped-lyrics": {
    id: "suno-timestamped-lyrics",
    pollPath: "",
    sync: true,
    normalize: (raw) => normalizeSunoTimestampedLyrics(raw),
    deadlineMs: MINUTE,
  },
  "suno-style": {
    id: "suno-style",
    pollPath: "",
    sync: true,
    normalize: (raw) => normalizeSunoStyle(raw),
    deadlineMs: MINUTE,
  },
  "suno-persona": {
    id: "suno-persona",
    pollPath: "",
    sync: true,
    normalize: (raw) => normalizeSunoPersona(raw),
    deadlineMs: MINUTE,
  },
};
