import type { MarketInput, MarketModel } from "../models";
import {
  bool,
  en,
  int,
  list,
  numberOf,
  perSecond,
  prompt,
  reject,
  requireOne,
  seed,
  str,
  TIMING,
  url,
  urls,
  videoModel,
} from "./video-shared";

/** Wan, Grok Imagine, HappyHorse, Topaz video upscale and InfiniTalk (REFERENCE §5.5 "Video", §13). */

const TIER: Record<string, number> = { "480p": 0.5, "580p": 0.75, "720p": 1, "1080p": 2.25 };
const tier = (input: MarketInput) => TIER[str(input.resolution) ?? "720p"] ?? 1;
const WAN22_RES = en(["480p", "580p", "720p"]);
const RATIOS_3 = ["16:9", "9:16", "1:1"];
const RATIOS_5 = ["16:9", "9:16", "1:1", "4:3", "3:4"];
const wan25Rate = (input: MarketInput) => (input.resolution === "1080p" ? 20 : 12);

const wan27Common: MarketModel["fields"] = {
  negative_prompt: prompt(500, false),
  resolution: en(["720p", "1080p"]),
  prompt_extend: bool,
  watermark: bool,
  seed,
  nsfw_checker: bool,
};

const wan26 = (id: string, media: MarketModel["fields"], durations: string[], flash: boolean) =>
  videoModel(id, {
    fields: {
      prompt: prompt(5000),
      duration: en(durations),
      resolution: en(["720p", "1080p"]),
      ...media,
      ...(flash ? { audio: bool, multi_shots: bool } : {}),
    },
    charge: (input) => perSecond(wan25Rate(input) * (flash ? 0.5 : 1), numberOf(input.duration, 5)),
    timing: flash ? TIMING.quick : TIMING.normal,
  });

const GROK_RATIOS = ["2:3", "3:2", "1:1", "16:9", "9:16"];
const grokRate = (input: MarketInput) => (input.resolution === "720p" ? 3 : 1.6);
const grokFields: MarketModel["fields"] = {
  aspect_ratio: en(GROK_RATIOS),
  mode: en(["fun", "normal", "spicy"]),
  duration: int(6, 30),
  resolution: en(["480p", "720p"]),
};

const happyRate = (input: MarketInput) => (input.resolution === "720p" ? 28 : 48);
const happyCommon: MarketModel["fields"] = {
  resolution: en(["720p", "1080p"]),
  duration: int(3, 15),
  seed,
};

/** Grok extend/upscale keep their source's shape; without it in hand, the portrait default 2:3. */
const grokRatio = (input: MarketInput) => str(input.aspect_ratio) ?? "2:3";

export const WAN_GROK_MORE_VIDEO_MODELS: Record<string, MarketModel> = Object.fromEntries([
  videoModel("wan/2-2-a14b-text-to-video-turbo", {
    fields: {
      prompt: prompt(5000),
      resolution: WAN22_RES,
      aspect_ratio: en(RATIOS_3),
      enable_prompt_expansion: bool,
      seed,
      acceleration: en(["none", "regular"]),
    },
    charge: (input) => perSecond(16, tier(input)),
    timing: TIMING.quick,
  }),
  videoModel("wan/2-2-a14b-image-to-video-turbo", {
    fields: {
      image_url: url(),
      prompt: prompt(5000),
      resolution: WAN22_RES,
      aspect_ratio: en(["auto", ...RATIOS_3]),
      enable_prompt_expansion: bool,
      seed,
      acceleration: en(["none", "regular"]),
    },
    charge: (input) => perSecond(16, tier(input)),
    timing: TIMING.quick,
  }),
  videoModel("wan/2-2-a14b-speech-to-video-turbo", {
    fields: {
      prompt: prompt(5000),
      image_url: url(),
      audio_url: url(),
      resolution: WAN22_RES,
      negative_prompt: prompt(500, false),
      seed,
    },
    charge: (input) => perSecond(3 * tier(input), 10),
  }),
  ...["wan/2-2-animate-move", "wan/2-2-animate-replace"].map((id) =>
    videoModel(id, {
      fields: { video_url: url(), image_url: url(), resolution: WAN22_RES },
      charge: (input) => perSecond(6 * tier(input), 10),
    }),
  ),
  videoModel("wan/2-5-text-to-video", {
    fields: {
      prompt: prompt(800),
      duration: en(["5", "10"], true),
      aspect_ratio: en(RATIOS_3),
      resolution: en(["720p", "1080p"]),
      negative_prompt: prompt(500, false),
      enable_prompt_expansion: bool,
      seed,
    },
    charge: (input) => perSecond(wan25Rate(input), numberOf(input.duration, 5)),
  }),
  videoModel("wan/2-5-image-to-video", {
    fields: {
      prompt: prompt(800),
      image_url: url(),
      duration: en(["5", "10"], true),
      resolution: en(["720p", "1080p"]),
      negative_prompt: prompt(500, false),
      enable_prompt_expansion: bool,
      seed,
    },
    charge: (input) => perSecond(wan25Rate(input), numberOf(input.duration, 5)),
  }),
  wan26("wan/2-6-text-to-video", {}, ["5", "10", "15"], false),
  wan26("wan/2-6-image-to-video", { image_urls: urls(1, true) }, ["5", "10", "15"], false),
  wan26("wan/2-6-video-to-video", { video_urls: urls(1, true) }, ["5", "10"], false),
  wan26("wan/2-6-flash-image-to-video", { image_urls: urls(1, true) }, ["5", "10", "15"], true),
  wan26("wan/2-6-flash-video-to-video", { video_urls: urls(1, true) }, ["5", "10"], true),
  videoModel("wan/2-7-text-to-video", {
    fields: {
      prompt: prompt(5000),
      audio_url: url(false),
      ratio: en(RATIOS_5),
      duration: int(2, 15),
      ...wan27Common,
    },
    charge: (input) => perSecond(5, numberOf(input.duration, 5)),
    check: (input) => {
      if (input.aspect_ratio !== undefined) reject("aspect_ratio is not supported; use ratio");
    },
  }),
  videoModel("wan/2-7-image-to-video", {
    fields: {
      prompt: prompt(5000),
      first_frame_url: url(false),
      last_frame_url: url(false),
      first_clip_url: url(false),
      driving_audio_url: url(false),
      duration: int(2, 15),
      ...wan27Common,
    },
    charge: (input) => perSecond(5, numberOf(input.duration, 5)),
    check: (input) => {
      requireOne(input, ["first_frame_url", "first_clip_url"]);
      if (input.first_frame_url != null && input.first_clip_url != null)
        reject("first_frame_url and first_clip_url cannot be used together");
      if (input.last_frame_url != null && input.first_frame_url == null)
        reject("last_frame_url requires first_frame_url");
    },
  }),
  videoModel("wan/2-7-r2v", {
    fields: {
      prompt: prompt(5000),
      reference_image: urls(5),
      reference_video: urls(5),
      first_frame: url(false),
      reference_voice: url(false),
      aspect_ratio: en(RATIOS_5),
      duration: int(2, 10),
      ...wan27Common,
    },
    charge: (input) => perSecond(5, numberOf(input.duration, 5)),
    check: (input) => requireOne(input, ["reference_image", "reference_video"]),
  }),
  videoModel("wan/2-7-videoedit", {
    fields: {
      video_url: url(),
      prompt: prompt(5000, false),
      reference_image: url(false),
      aspect_ratio: en(RATIOS_5),
      duration: int(0, 10),
      audio_setting: en(["auto", "origin"]),
      ...wan27Common,
    },
    charge: (input) => perSecond(5, numberOf(input.duration, 0) || 10),
    check: (input) => {
      if (input.duration === 1) reject("duration must be 0 or an integer between 2 and 10");
    },
  }),
  videoModel("grok-imagine/text-to-video", {
    fields: { prompt: prompt(5000), ...grokFields },
    charge: (input) => perSecond(grokRate(input), numberOf(input.duration, 6)),
    timing: TIMING.quick,
  }),
  videoModel("grok-imagine/image-to-video", {
    fields: {
      image_urls: urls(7),
      task_id: { type: "string", max: 128 },
      index: int(0, 5),
      prompt: prompt(5000, false),
      ...grokFields,
    },
    charge: (input) => perSecond(grokRate(input), numberOf(input.duration, 6)),
    check: (input) => {
      const images = list(input.image_urls).length > 0;
      if (!images && !input.task_id) reject("image_urls or task_id is required");
      if (images && input.task_id) reject("image_urls and task_id cannot be used together");
      if (images && input.mode === "spicy") reject("spicy mode is not supported with external images");
    },
    timing: TIMING.quick,
  }),
  videoModel("grok-imagine/extend", {
    fields: {
      task_id: { type: "string", required: true, max: 128 },
      prompt: prompt(5000),
      extend_at: int(0, 30, true),
      extend_times: en(["6", "10"], true),
    },
    charge: (input) => perSecond(3, numberOf(input.extend_times, 6)),
    ratio: grokRatio,
    timing: TIMING.quick,
  }),
  videoModel("grok-imagine/upscale", {
    fields: { task_id: { type: "string", required: true, max: 128 } },
    charge: 10,
    ratio: grokRatio,
    timing: TIMING.quick,
  }),
  videoModel("happyhorse/text-to-video", {
    fields: { prompt: prompt(5000), aspect_ratio: en(RATIOS_5), ...happyCommon },
    charge: (input) => perSecond(happyRate(input), numberOf(input.duration, 5)),
  }),
  videoModel("happyhorse/image-to-video", {
    fields: { prompt: prompt(5000, false), image_urls: urls(1, true), ...happyCommon },
    charge: (input) => perSecond(happyRate(input), numberOf(input.duration, 5)),
  }),
  videoModel("happyhorse/reference-to-video", {
    fields: {
      prompt: prompt(5000),
      reference_image: urls(9, true),
      aspect_ratio: en(RATIOS_5),
      ...happyCommon,
    },
    charge: (input) => perSecond(happyRate(input), numberOf(input.duration, 5)),
  }),
  videoModel("happyhorse/video-edit", {
    fields: {
      prompt: prompt(5000),
      video_url: url(),
      reference_image: urls(5),
      resolution: en(["720p", "1080p"]),
      audio_setting: en(["auto", "origin"]),
      seed,
    },
    charge: (input) => perSecond(happyRate(input), 10),
    timing: TIMING.slow,
  }),
  videoModel("topaz/video-upscale", {
    fields: { video_url: url(), upscale_factor: en(["1", "2", "4"]) },
    charge: 8,
    timing: TIMING.slow,
  }),
  videoModel("infinitalk/from-audio", {
    fields: {
      image_url: url(),
      audio_url: url(),
      prompt: prompt(5000),
      resolution: en(["480p", "720p"]),
      seed,
    },
    charge: (input) => perSecond(input.resolution === "720p" ? 8 : 4, 10),
    timing: TIMING.slow,
  }),
]);
