import type { AnyOperation } from "../../types";

/** Suno operations derived from a finished track: lyrics, WAV, stems, MIDI, video, cover, persona… */
export const musicDerivedOperations: AnyOperation[] = [];
