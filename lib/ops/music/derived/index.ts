import type { AnyOperation } from "../../types";
import { musicBoostStyle } from "./boost-style";
import { musicCoverArt } from "./cover-art";
import { musicLyrics } from "./lyrics";
import { musicMidi } from "./midi";
import { musicPersona } from "./persona";
import { musicStems } from "./stems";
import { musicTimestampedLyrics } from "./timestamped-lyrics";
import { musicVideo } from "./video";
import { musicWav } from "./wav";

/** Suno operations derived from a finished track: lyrics, WAV, stems, MIDI, video, cover, persona… */
export const musicDerivedOperations: AnyOperation[] = [
  musicLyrics,
  musicBoostStyle,
  musicTimestampedLyrics,
  musicPersona,
  musicCoverArt,
  musicWav,
  musicStems,
  musicMidi,
  musicVideo,
] as unknown as AnyOperation[];
