import type { MarketModel } from "../models";
import { BYTEDANCE_KLING_VIDEO_MODELS } from "./video-bytedance-kling";
import { SORA_HAILUO_VIDEO_MODELS } from "./video-sora-hailuo";
import { WAN_GROK_MORE_VIDEO_MODELS } from "./video-wan-grok-more";

/** Market video models (REFERENCE §5.5 "Video"): each yields one sample clip picked by aspect ratio. */
export const VIDEO_MODELS: Record<string, MarketModel> = {
  ...BYTEDANCE_KLING_VIDEO_MODELS,
  ...SORA_HAILUO_VIDEO_MODELS,
  ...WAN_GROK_MORE_VIDEO_MODELS,
};
