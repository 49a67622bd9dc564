import type { TaskOutput, TaskStatus } from "../types";
import { asRecord, type Json, malformed, num, str } from "./read";
import { firstStr, fromStringFlag, openDerived } from "./suno-derived-read";

/**
 * Suno WAV (§6.10) and music video (§6.12): one file each. Record-info carries a STRING
 * `successFlag` and `response.audioWavUrl` / `response.videoUrl`; callbacks carry
 * `data.audioWavUrl` / `data.video_url` next to `task_id` and no flag at all.
 */
export function normalizeSunoWav(raw: unknown): TaskStatus {
  return normalizeFile(raw, {
    what: "WAV conversion failed",
    failures: ["CREATE_TASK_FAILED", "GENERATE_WAV_FAILED"],
    urlKeys: ["audioWavUrl", "audio_wav_url"],
    output: (url, data) => ({
      key: "wav",
      kind: "audio",
      url,
      mime: "audio/wav",
      title: "WAV",
      meta: sourceMeta(data),
    }),
  });
}

export function normalizeSunoMp4(raw: unknown): TaskStatus {
  return normalizeFile(raw, {
    what: "Music video generation failed",
    failures: ["CREATE_TASK_FAILED", "GENERATE_MP4_FAILED"],
    urlKeys: ["videoUrl", "video_url"],
    output: (url, data) => ({
      key: "video",
      kind: "video",
      url,
      mime: "video/mp4",
      title: "Music video",
      meta: sourceMeta(data),
    }),
  });
}

type FileFamily = {
  what: string;
  failures: readonly string[];
  urlKeys: string[];
  output: (url: string, data: Json) => TaskOutput;
};

function normalizeFile(raw: unknown, family: FileFamily): TaskStatus {
  const opened = openDerived(raw, family.what);
  if ("status" in opened) return opened.status;
  const data = opened.data;
  if (!("successFlag" in data)) {
    const url = firstStr(data, ...family.urlKeys);
    if (!url) return malformed("callback", "callback without a file URL");
    return { state: "succeeded", outputs: [family.output(url, data)], upstream: "callback", progress: 1 };
  }
  const url = firstStr(asRecord(data.response), ...family.urlKeys);
  return fromStringFlag(data, url ? [family.output(url, data)] : [], family.failures);
}

/** Which track of the source task this file was made from (record-info only). */
function sourceMeta(data: Json): Record<string, unknown> | undefined {
  const sourceAudioId = str(data.musicId);
  const musicIndex = num(data.musicIndex);
  if (sourceAudioId === undefined && musicIndex === undefined) return undefined;
  return { sourceAudioId, musicIndex };
}
