import type { AnyOperation } from "../types";
import { audioIsolation } from "./audio-isolation";
import { dialogueV3 } from "./dialogue";
import { soundEffectV2 } from "./sound-effect";
import { speechToText } from "./speech-to-text";
import { ttsMultilingualV2, ttsTurbo25 } from "./tts";

/** Market audio models: ElevenLabs speech, dialogue, sound effects, transcription, isolation. */
export const audioOperations: AnyOperation[] = [
  ttsMultilingualV2,
  ttsTurbo25,
  dialogueV3,
  soundEffectV2,
  speechToText,
  audioIsolation,
] as unknown as AnyOperation[];
