import type { RouteTable } from "../route-types";
import { recordInfoHandler } from "./suno-derived-common";
import {
  coverRecord,
  mp4Record,
  sunoCoverCreate,
  sunoMp4Create,
  sunoWavCreate,
  wavRecord,
} from "./suno-derived-files";
import { lyricsRecord, sunoLyricsCreate } from "./suno-derived-lyrics";
import { midiRecord, sunoMidiCreate } from "./suno-derived-midi";
import { sunoVocalCreate, vocalRecord } from "./suno-derived-stems";
import { sunoBoostStyle, sunoPersona, sunoTimestampedLyrics } from "./suno-derived-sync";

/** Suno endpoints derived from a finished track (REFERENCE §6.8–6.12). */
export const sunoDerivedRoutes: RouteTable = {
  "POST /api/v1/lyrics": { handler: sunoLyricsCreate, create: true },
  "GET /api/v1/lyrics/record-info": { handler: recordInfoHandler("suno-lyrics", lyricsRecord) },
  "POST /api/v1/generate/get-timestamped-lyrics": { handler: sunoTimestampedLyrics, create: true },
  "POST /api/v1/style/generate": { handler: sunoBoostStyle, create: true },
  "POST /api/v1/generate/generate-persona": { handler: sunoPersona, create: true },
  "POST /api/v1/suno/cover/generate": { handler: sunoCoverCreate, create: true },
  "GET /api/v1/suno/cover/record-info": { handler: recordInfoHandler("suno-cover", coverRecord) },
  "POST /api/v1/wav/generate": { handler: sunoWavCreate, create: true },
  "GET /api/v1/wav/record-info": { handler: recordInfoHandler("suno-wav", wavRecord) },
  "POST /api/v1/vocal-removal/generate": { handler: sunoVocalCreate, create: true },
  "GET /api/v1/vocal-removal/record-info": { handler: recordInfoHandler("suno-vocal", vocalRecord) },
  "POST /api/v1/midi/generate": { handler: sunoMidiCreate, create: true },
  "GET /api/v1/midi/record-info": { handler: recordInfoHandler("suno-midi", midiRecord) },
  "POST /api/v1/mp4/generate": { handler: sunoMp4Create, create: true },
  "GET /api/v1/mp4/record-info": { handler: recordInfoHandler("suno-mp4", mp4Record) },
};
