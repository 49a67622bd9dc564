import type { MarketInput, MarketModel } from "../models";
import {
  bool,
  checkObjects,
  en,
  numberOf,
  perSecond,
  prompt,
  reject,
  str,
  TIMING,
  url,
  urls,
  videoModel,
} from "./video-shared";

/** Sora 2 family and Hailuo models (REFERENCE §5.5 "Video", §13 prices). */

const SORA_RATIOS = ["portrait", "landscape"];
const UPLOAD = en(["s3", "oss"]);

const sora = (id: string, rate: number, extra: MarketModel["fields"] = {}) =>
  videoModel(id, {
    fields: {
      prompt: prompt(10000),
      aspect_ratio: en(SORA_RATIOS),
      n_frames: en(["10", "15"]),
      remove_watermark: bool,
      character_id_list: urls(5),
      upload_method: UPLOAD,
      ...extra,
    },
    charge: (input) => perSecond(rate * (input.size === "high" ? 2 : 1), numberOf(input.n_frames, 10)),
    timing: TIMING.slow,
  });

function storyboardCheck(input: MarketInput): void {
  const shots = checkObjects(input, "shots", { min: 1, max: 10, required: true }, (shot) => {
    if (typeof shot.Scene !== "string" || !shot.Scene.trim()) return "Scene cannot be blank";
    if (typeof shot.duration !== "number" || shot.duration <= 0) return "duration must be a positive number";
    return undefined;
  });
  const total = shots.reduce((s, shot) => s + (shot.duration as number), 0);
  if (Math.abs(total - numberOf(input.n_frames, 15)) > 1e-6)
    reject("the sum of shots durations must equal n_frames");
}

const TIMESTAMPS = /^\s*(\d+(?:\.\d+)?)\s*,\s*(\d+(?:\.\d+)?)\s*$/;

const HAILUO_RATE = { standard: 4, pro: 8 };
const hailuo02 = (id: string, variant: "standard" | "pro", extra: MarketModel["fields"]) =>
  videoModel(id, {
    fields: { prompt: prompt(1500), prompt_optimizer: bool, ...extra },
    charge: (input) =>
      perSecond(HAILUO_RATE[variant] * (input.resolution === "512P" ? 0.5 : 1), numberOf(input.duration, 6)),
    // Hailuo has no ratio input: image-to-video follows the image; text-to-video is landscape.
    ratio: () => "16:9",
  });

const hailuo23 = (id: string, variant: "standard" | "pro") =>
  videoModel(id, {
    fields: {
      prompt: prompt(5000),
      image_url: url(),
      duration: en(["6", "10"]),
      resolution: en(["768P", "1080P"]),
    },
    charge: (input) =>
      perSecond(
        HAILUO_RATE[variant] * (input.resolution === "1080P" ? 2.25 : 1),
        numberOf(input.duration, 6),
      ),
    check: (input) => {
      if (input.resolution === "1080P" && input.duration === "10")
        reject("resolution 1080P does not support a 10 second duration");
    },
    ratio: () => "16:9",
  });

export const SORA_HAILUO_VIDEO_MODELS: Record<string, MarketModel> = Object.fromEntries([
  sora("sora-2-text-to-video", 3),
  sora("sora-2-image-to-video", 3, { image_urls: urls(1, true) }),
  sora("sora-2-pro-text-to-video", 4.5, { size: en(["standard", "high"]) }),
  sora("sora-2-pro-image-to-video", 4.5, { size: en(["standard", "high"]), image_urls: urls(1, true) }),
  videoModel("sora-2-pro-storyboard", {
    fields: {
      n_frames: en(["10", "15", "25"]),
      image_urls: urls(1),
      aspect_ratio: en(SORA_RATIOS),
      upload_method: UPLOAD,
    },
    charge: (input) => perSecond(4.5, numberOf(input.n_frames, 15)),
    check: storyboardCheck,
    timing: TIMING.slow,
  }),
  videoModel("sora-2-characters", {
    fields: {
      character_file_url: urls(1, true),
      character_prompt: prompt(5000, false),
      safety_instruction: prompt(5000, false),
    },
    charge: 10,
    timing: TIMING.quick,
  }),
  videoModel("sora-2-characters-pro", {
    fields: {
      origin_task_id: { type: "string", required: true, max: 128 },
      timestamps: { type: "string", required: true, max: 40 },
      character_prompt: prompt(5000, false),
      safety_instruction: prompt(5000, false),
    },
    charge: 10,
    check: (input) => {
      const m = TIMESTAMPS.exec(str(input.timestamps) ?? "");
      if (!m) reject('timestamps must look like "start,end" in seconds');
      const span = Number(m[2]) - Number(m[1]);
      if (span < 1 || span > 3) reject("timestamps must span 1 to 3 seconds");
    },
    timing: TIMING.quick,
  }),
  videoModel("sora-watermark-remover", {
    fields: { video_url: url(), upload_method: UPLOAD },
    charge: 10,
    timing: TIMING.quick,
  }),
  hailuo02("hailuo/02-text-to-video-pro", "pro", {}),
  hailuo02("hailuo/02-text-to-video-standard", "standard", { duration: en(["6", "10"]) }),
  hailuo02("hailuo/02-image-to-video-pro", "pro", { image_url: url(), end_image_url: url(false) }),
  hailuo02("hailuo/02-image-to-video-standard", "standard", {
    image_url: url(),
    end_image_url: url(false),
    duration: en(["6", "10"]),
    resolution: en(["512P", "768P"]),
  }),
  hailuo23("hailuo/2-3-image-to-video-pro", "pro"),
  hailuo23("hailuo/2-3-image-to-video-standard", "standard"),
]);
