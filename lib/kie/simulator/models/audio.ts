import type { MarketModel } from "../models";

/** Market audio models (REFERENCE §5.5 "Audio": ElevenLabs). */
export const AUDIO_MODELS: Record<string, MarketModel> = {};
