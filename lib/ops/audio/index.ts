import type { AnyOperation } from "../types";

/** Market audio models: ElevenLabs speech, dialogue, sound effects, transcription, isolation. */
export const audioOperations: AnyOperation[] = [];
