import type { MarketModel } from "../models";

/** Market video models (REFERENCE §5.5 "Video"). */
export const VIDEO_MODELS: Record<string, MarketModel> = {};
