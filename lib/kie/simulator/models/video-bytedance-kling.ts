import type { MarketInput, MarketModel } from "../models";
import {
  bool,
  checkObjects,
  en,
  int,
  list,
  numberOf,
  perSecond,
  prompt,
  reject,
  requiredBool,
  str,
  TIMING,
  url,
  urls,
  videoModel,
} from "./video-shared";

/** Seedance (2, 2 Fast, 1.5 Pro), ByteDance V1 and Kling models (REFERENCE §5.5 "Video", §13 prices). */

const TIER: Record<string, number> = { "480p": 0.5, "720p": 1, "1080p": 2.25 };
const tier = (input: MarketInput) => TIER[str(input.resolution) ?? "720p"] ?? 1;
const SEEDANCE_RATIOS = ["1:1", "4:3", "3:4", "16:9", "9:16", "21:9", "adaptive"];
const V1_RATIOS = ["21:9", "16:9", "4:3", "1:1", "3:4", "9:16"];
const D5_10 = ["5", "10"];
const KLING_RATIOS = ["16:9", "9:16", "1:1"];

function seedance2Check(input: MarketInput): void {
  const frames = input.first_frame_url != null || input.last_frame_url != null;
  const refs = ["reference_image_urls", "reference_video_urls", "reference_audio_urls"].some(
    (k) => list(input[k]).length > 0,
  );
  if (frames && refs) reject("first/last frame and reference inputs cannot be used together");
  if (input.last_frame_url != null && input.first_frame_url == null)
    reject("last_frame_url requires first_frame_url");
}

function seedance2(id: string, resolutions: string[], rate: number): [string, MarketModel] {
  return videoModel(id, {
    fields: {
      prompt: prompt(20000),
      first_frame_url: url(false),
      last_frame_url: url(false),
      reference_image_urls: urls(9),
      reference_video_urls: urls(3),
      reference_audio_urls: urls(3),
      return_last_frame: bool,
      generate_audio: bool,
      resolution: en(resolutions),
      aspect_ratio: en(SEEDANCE_RATIOS),
      duration: int(4, 15),
      web_search: bool,
      nsfw_checker: bool,
    },
    charge: (input) => perSecond(rate * tier(input), numberOf(input.duration, 5)),
    check: (input) => {
      if (typeof input.prompt === "string" && input.prompt.trim().length < 3)
        reject("prompt must be at least 3 characters");
      seedance2Check(input);
    },
    timing: id.endsWith("fast") ? TIMING.normal : TIMING.slow,
  });
}

function v1(
  id: string,
  rate: number,
  extra: Record<string, MarketModel["fields"][string]>,
): [string, MarketModel] {
  return videoModel(id, {
    fields: {
      prompt: prompt(10000),
      resolution: en(["480p", "720p", "1080p"]),
      duration: en(D5_10),
      camera_fixed: bool,
      seed: int(-1, 2_147_483_647),
      enable_safety_checker: bool,
      ...extra,
    },
    charge: (input) => perSecond(rate * tier(input), numberOf(input.duration, 5)),
    timing: TIMING.normal,
  });
}

function kling3Check(input: MarketInput): void {
  const multi = input.multi_shots === true;
  if (multi) {
    const shots = checkObjects(input, "multi_prompt", { min: 1, max: 5, required: true }, (shot) => {
      if (typeof shot.prompt !== "string" || !shot.prompt.trim()) return "prompt cannot be blank";
      if (shot.prompt.length > 500) return "prompt cannot exceed 500 characters";
      const d = shot.duration;
      if (typeof d !== "number" || !Number.isInteger(d) || d < 1 || d > 12)
        return "duration must be an integer between 1 and 12";
      return undefined;
    });
    const total = shots.reduce((s, shot) => s + (shot.duration as number), 0);
    if (total !== numberOf(input.duration, 5))
      reject("the sum of multi_prompt durations must equal duration");
    if (list(input.image_urls).length > 1) reject("multi-shot mode supports only a first frame image");
  } else if (typeof input.prompt !== "string" || !input.prompt.trim()) reject("prompt cannot be blank");
  const elements = checkObjects(input, "kling_elements", { max: 3 }, (el) => {
    if (typeof el.name !== "string" || !el.name.trim()) return "name cannot be blank";
    if (typeof el.description !== "string" || !el.description.trim()) return "description cannot be blank";
    const imgs = el.element_input_urls;
    if (!Array.isArray(imgs) || imgs.length < 2 || imgs.length > 4 || imgs.some((u) => typeof u !== "string"))
      return "element_input_urls must hold 2 to 4 image URLs";
    return undefined;
  });
  if (elements.length && !list(input.image_urls).length)
    reject("image_urls is required when using kling_elements");
}

const KLING3_RATE: Record<string, number> = { std: 9, pro: 12, "4K": 24 };
const KLING21_PER_5S = { standard: 25, pro: 50, master: 160 };

const kling21 = (id: string, per5s: number, extra: MarketModel["fields"] = {}) =>
  videoModel(id, {
    fields: {
      prompt: prompt(5000),
      image_url: url(),
      duration: en(D5_10),
      negative_prompt: prompt(500, false),
      cfg_scale: { type: "number", min: 0, max: 1 },
      ...extra,
    },
    charge: (input) => (per5s * numberOf(input.duration, 5)) / 5,
    timing: TIMING.slow,
  });

const avatar = (id: string, rate: number) =>
  videoModel(id, {
    fields: { image_url: url(), audio_url: url(), prompt: prompt(5000) },
    charge: perSecond(rate, 10),
    timing: TIMING.slow,
  });

export const BYTEDANCE_KLING_VIDEO_MODELS: Record<string, MarketModel> = Object.fromEntries([
  seedance2("bytedance/seedance-2", ["480p", "720p", "1080p"], 25),
  seedance2("bytedance/seedance-2-fast", ["480p", "720p"], 20),
  videoModel("bytedance/seedance-1.5-pro", {
    fields: {
      prompt: prompt(2500),
      input_urls: urls(2),
      aspect_ratio: en(["1:1", "4:3", "3:4", "16:9", "9:16", "21:9"], true),
      resolution: en(["480p", "720p", "1080p"]),
      duration: en(["4", "8", "12"]),
      fixed_lens: bool,
      generate_audio: bool,
    },
    charge: (input) => perSecond(6 * tier(input), numberOf(input.duration, 8)),
  }),
  v1("bytedance/v1-pro-text-to-video", 6, { aspect_ratio: en(V1_RATIOS) }),
  v1("bytedance/v1-lite-text-to-video", 3, { aspect_ratio: en(V1_RATIOS) }),
  v1("bytedance/v1-pro-image-to-video", 6, { image_url: url() }),
  v1("bytedance/v1-lite-image-to-video", 3, { image_url: url(), end_image_url: url(false) }),
  videoModel("bytedance/v1-pro-fast-image-to-video", {
    fields: {
      prompt: prompt(10000),
      image_url: url(),
      resolution: en(["720p", "1080p"]),
      duration: en(D5_10),
    },
    charge: (input) => perSecond(4 * tier(input), numberOf(input.duration, 5)),
    timing: TIMING.quick,
  }),
  videoModel("kling-3.0/video", {
    fields: {
      prompt: prompt(2500, false),
      image_urls: urls(2),
      sound: requiredBool,
      duration: en(["3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"], true),
      aspect_ratio: en(KLING_RATIOS),
      mode: en(["std", "pro", "4K"], true),
      multi_shots: requiredBool,
    },
    charge: (input) => perSecond(KLING3_RATE[str(input.mode) ?? "pro"] ?? 12, numberOf(input.duration, 5)),
    check: kling3Check,
    timing: TIMING.slow,
  }),
  videoModel("kling-3.0/motion-control", {
    fields: {
      input_urls: urls(1, true),
      video_urls: urls(1, true),
      prompt: prompt(2500, false),
      // Docs say std|pro; a live request with "720p" was accepted (REFERENCE §5.5).
      mode: en(["std", "pro", "720p", "1080p"]),
      character_orientation: en(["video", "image"]),
      background_source: en(["input_video", "input_image"]),
    },
    charge: (input) => perSecond(input.mode === "pro" || input.mode === "1080p" ? 12 : 9, 10),
    timing: TIMING.slow,
  }),
  videoModel("kling-2.6/text-to-video", {
    fields: {
      prompt: prompt(1000),
      sound: requiredBool,
      aspect_ratio: en(["1:1", "16:9", "9:16"], true),
      duration: en(D5_10, true),
    },
    charge: (input) => perSecond(input.sound ? 22 : 11, numberOf(input.duration, 5)),
  }),
  videoModel("kling-2.6/image-to-video", {
    fields: {
      prompt: prompt(1000),
      image_urls: urls(1, true),
      sound: requiredBool,
      duration: en(D5_10, true),
    },
    charge: (input) => perSecond(input.sound ? 22 : 11, numberOf(input.duration, 5)),
  }),
  videoModel("kling-2.6/motion-control", {
    fields: {
      input_urls: urls(1, true),
      video_urls: urls(1, true),
      character_orientation: en(["image", "video"], true),
      mode: en(["720p", "1080p"], true),
      prompt: prompt(2500, false),
    },
    charge: (input) => perSecond(input.mode === "1080p" ? 9 : 6, 10),
    timing: TIMING.slow,
  }),
  kling21("kling/v2-1-standard", KLING21_PER_5S.standard),
  kling21("kling/v2-1-pro", KLING21_PER_5S.pro, { tail_image_url: url(false) }),
  kling21("kling/v2-1-master-image-to-video", KLING21_PER_5S.master),
  videoModel("kling/v2-1-master-text-to-video", {
    fields: {
      prompt: prompt(5000),
      duration: en(D5_10),
      aspect_ratio: en(KLING_RATIOS),
      negative_prompt: prompt(500, false),
      cfg_scale: { type: "number", min: 0, max: 1 },
    },
    charge: (input) => (KLING21_PER_5S.master * numberOf(input.duration, 5)) / 5,
    timing: TIMING.slow,
  }),
  videoModel("kling/v2-5-turbo-text-to-video-pro", {
    fields: {
      prompt: prompt(2500),
      duration: en(D5_10),
      aspect_ratio: en(KLING_RATIOS),
      negative_prompt: prompt(2500, false),
      cfg_scale: { type: "number", min: 0, max: 1 },
    },
    charge: (input) => perSecond(8, numberOf(input.duration, 5)),
    timing: TIMING.quick,
  }),
  videoModel("kling/v2-5-turbo-image-to-video-pro", {
    fields: {
      prompt: prompt(2500),
      image_url: url(),
      tail_image_url: url(false),
      duration: en(D5_10),
      negative_prompt: prompt(2500, false),
      cfg_scale: { type: "number", min: 0, max: 1 },
    },
    charge: (input) => perSecond(8, numberOf(input.duration, 5)),
    timing: TIMING.quick,
  }),
  avatar("kling/ai-avatar-standard", 8),
  avatar("kling/ai-avatar-pro", 16),
]);
