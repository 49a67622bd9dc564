import type { TaskOutput, TaskStatus } from "../types";
import { asRecord, envelope, type Json, malformed, num, parseJsonish, str, urlList } from "./read";

// Normalizers for Veo 3.1 (+1080p, 4K), Runway and Aleph: REFERENCE §7, §8, §14, §15. Pure; never throw.

const NOT_FOUND: TaskStatus = {
  state: "queued",
  outputs: [],
  upstream: "NOT_FOUND",
  note: "Kie has no record yet",
};

function videoOutputs(urls: string[], prefix = "video", posters: string[] = []): TaskOutput[] {
  return urls.map((url, i) => ({
    key: `${prefix}-${i}`,
    kind: "video" as const,
    url,
    mime: "video/mp4",
    ...(posters[i] ? { posterUrl: posters[i] } : {}),
  }));
}

function failed(code: number | string | undefined, message: string, fallback: string): TaskStatus {
  const c = code ?? 500;
  return {
    state: "failed",
    outputs: [],
    upstream: String(c),
    error: {
      code: `kie_${c}`,
      message: message || fallback,
      // "internal error, please try again later" is worth another go; policy rejections are not.
      retryable: c === 500 || c === "500",
    },
  };
}

function isNotFound(code: number | undefined, msg: string): boolean {
  return (code === 422 || code === 404 || code === 400) && /not exist|not found|record is null/i.test(msg);
}

/** A non-200 envelope (failed callback or a Kie error the poller passed on). */
function nonOk(code: number, msg: string, fallback: string): TaskStatus {
  if (isNotFound(code, msg)) return NOT_FOUND;
  return failed(code, msg, fallback);
}

const fallbackNote = (data: Json) =>
  data.fallbackFlag === true ? "Made with Kie's fallback model" : undefined;

/**
 * Veo generate/extend: record-info `successFlag` 0/1/2/3 with `response.resultUrls` (+ the stitched
 * `fullResultUrls`), or the callback `{code, msg, data:{taskId, info:{resultUrls}}}`.
 */
export function normalizeVeo(raw: unknown): TaskStatus {
  const env = envelope(raw);
  if (!env.isEnvelope) return malformed("?", "not a Kie envelope");
  if (env.code !== undefined && env.code !== 200)
    return nonOk(env.code, env.msg, "Veo could not make this video");
  if (env.data === null || env.data === undefined) return NOT_FOUND;
  const data = asRecord(env.data);
  if (!data) return malformed("?", "data is not an object");
  const note = fallbackNote(data);

  if (!("successFlag" in data)) {
    // Callback (§7.6): info.resultUrls (an array, sometimes a stringified one).
    const info = asRecord(parseJsonish(data.info));
    const urls = urlList(info?.resultUrls ?? info?.result_urls);
    if (!urls.length) return malformed("callback", "no result URLs");
    return { state: "succeeded", outputs: videoOutputs(urls), upstream: "callback", progress: 1, note };
  }

  const flag = num(data.successFlag);
  const upstream = String(flag ?? str(data.successFlag) ?? "?");
  if (flag === 1) {
    const response = asRecord(parseJsonish(data.response));
    const urls = urlList(response?.resultUrls ?? response?.result_urls);
    const full = urlList(response?.fullResultUrls).filter((u) => !urls.includes(u));
    if (!urls.length && !full.length) return malformed(upstream, "success without videos");
    const outputs = [
      ...videoOutputs(urls),
      ...videoOutputs(full, "full").map((o) => ({ ...o, title: "Full video" })),
    ];
    return { state: "succeeded", outputs, upstream, progress: 1, note };
  }
  if (flag === 2 || flag === 3) {
    return failed(num(data.errorCode), str(data.errorMessage) ?? "", "Veo could not make this video");
  }
  if (flag === 0) return { state: "running", outputs: [], upstream, note };
  return { state: "running", outputs: [], upstream, note: `Unknown Veo successFlag "${upstream}"` };
}

/**
 * Veo 1080p (`GET /api/v1/veo/get-1080p-video`): body code 400 "1080P is processing…" until ready,
 * then 200 `{resultUrl}`. Any other code is final.
 */
export function normalizeVeo1080p(raw: unknown): TaskStatus {
  const env = envelope(raw);
  if (!env.isEnvelope) return malformed("?", "not a Kie envelope");
  if (env.code !== undefined && env.code !== 200) {
    if (/processing/i.test(env.msg)) {
      return { state: "running", outputs: [], upstream: "processing", note: env.msg };
    }
    return nonOk(env.code, env.msg, "The 1080p version is not available");
  }
  const data = asRecord(env.data);
  const url = str(data?.resultUrl) ?? urlList(data?.resultUrls)[0];
  if (!url) return malformed("200", "no resultUrl");
  return { state: "succeeded", outputs: videoOutputs([url], "video-1080p"), upstream: "ready", progress: 1 };
}

/**
 * Veo 4K: the poller reads `/api/v1/veo/record-info` (Veo record shape); callbacks arrive camel
 * `{data:{taskId, info:{resultUrls, imageUrls}}}` or snake `{data:{task_id, result_urls, image_urls,
 * media_ids}}` (§15.11); repeating the create answers 422 "4k is processing" or 422 "…generated
 * successfully" with `resultUrls`.
 */
export function normalizeVeo4k(raw: unknown): TaskStatus {
  const env = envelope(raw);
  if (!env.isEnvelope) return malformed("?", "not a Kie envelope");
  const data = asRecord(env.data);
  if (env.code !== undefined && env.code !== 200) {
    if (/processing/i.test(env.msg))
      return { state: "running", outputs: [], upstream: "processing", note: env.msg };
    if (env.code === 422 && /generated successfully/i.test(env.msg)) {
      const urls = urlList(data?.resultUrls ?? data?.result_urls);
      if (urls.length) {
        return {
          state: "succeeded",
          outputs: videoOutputs(urls, "video-4k", urlList(data?.imageUrls ?? data?.image_urls)),
          upstream: "already-generated",
          progress: 1,
        };
      }
      return { state: "running", outputs: [], upstream: "already-generated", note: env.msg };
    }
    return nonOk(env.code, env.msg, "The 4K version is not available");
  }
  if (env.data === null || env.data === undefined) return NOT_FOUND;
  if (!data) return malformed("?", "data is not an object");
  if ("successFlag" in data) {
    const s = normalizeVeo(raw);
    return { ...s, outputs: s.outputs.map((o) => ({ ...o, key: o.key.replace(/^video-/, "video-4k-") })) };
  }
  const info = asRecord(parseJsonish(data.info)) ?? data;
  const urls = urlList(info.resultUrls ?? info.result_urls);
  const posters = urlList(info.imageUrls ?? info.image_urls);
  if (urls.length) {
    return {
      state: "succeeded",
      outputs: videoOutputs(urls, "video-4k", posters),
      upstream: "callback",
      progress: 1,
    };
  }
  // The create echo {taskId, resultUrls:null}: requested, not ready.
  if ("resultUrls" in data || "taskId" in data || "task_id" in data) {
    return { state: "running", outputs: [], upstream: "requested", note: "4K requested" };
  }
  return malformed("callback", "no 4K result URLs");
}

const RUNWAY_QUEUED = new Set(["wait", "queueing", "queuing", "waiting"]);

/**
 * Runway (`/api/v1/runway/record-detail`): `state` wait | queueing | generating | success | fail
 * (not the Market spelling), `videoInfo.videoUrl`; snake-case callbacks `{task_id, video_url}`.
 */
export function normalizeRunway(raw: unknown): TaskStatus {
  const env = envelope(raw);
  if (!env.isEnvelope) return malformed("?", "not a Kie envelope");
  if (env.code !== undefined && env.code !== 200)
    return nonOk(env.code, env.msg, "Runway could not make this video");
  if (env.data === null || env.data === undefined) return NOT_FOUND;
  const data = asRecord(env.data);
  if (!data) return malformed("?", "data is not an object");

  if (!("state" in data)) {
    const url = str(data.video_url) ?? str(data.videoUrl);
    if (!url) return malformed("callback", "no video_url");
    const poster = str(data.image_url) || undefined;
    return {
      state: "succeeded",
      outputs: [
        { ...videoOutputs([url])[0], providerId: str(data.video_id) || undefined, posterUrl: poster },
      ],
      upstream: "callback",
      progress: 1,
    };
  }

  const state = str(data.state) ?? "?";
  if (RUNWAY_QUEUED.has(state)) return { state: "queued", outputs: [], upstream: state };
  if (state === "generating") return { state: "running", outputs: [], upstream: state };
  if (state === "fail") {
    return failed(num(data.failCode), str(data.failMsg) ?? "", "Runway could not make this video");
  }
  if (state === "success") {
    if (num(data.expireFlag) === 1) {
      return {
        state: "failed",
        outputs: [],
        upstream: state,
        error: {
          code: "expired",
          message: "This Runway video has expired at Kie (14-day retention).",
          retryable: false,
        },
      };
    }
    const info = asRecord(data.videoInfo);
    const url = str(info?.videoUrl) ?? str(info?.video_url);
    if (!url) return malformed(state, "success without videoInfo.videoUrl");
    const poster = str(info?.imageUrl) || undefined;
    return {
      state: "succeeded",
      outputs: [
        { ...videoOutputs([url])[0], providerId: str(info?.videoId) || undefined, posterUrl: poster },
      ],
      upstream: state,
      progress: 1,
    };
  }
  return { state: "running", outputs: [], upstream: state, note: `Unknown Runway state "${state}"` };
}

/**
 * Aleph (`/api/v1/aleph/record-info`): `successFlag` 0 running, 1 ok, 2/3 failed (3 seen live);
 * `response.resultVideoUrl`. Callback: `taskId` at the top level, `data:{result_video_url,
 * result_image_url}` (or Runway's `{task_id, video_url, image_url}`), `data:null` on failure.
 */
export function normalizeAleph(raw: unknown): TaskStatus {
  const env = envelope(raw);
  if (!env.isEnvelope) return malformed("?", "not a Kie envelope");
  if (env.code !== undefined && env.code !== 200)
    return nonOk(env.code, env.msg, "Aleph could not make this video");
  if (env.data === null || env.data === undefined) return NOT_FOUND;
  const data = asRecord(env.data);
  if (!data) return malformed("?", "data is not an object");

  if (!("successFlag" in data)) {
    const url = str(data.result_video_url) ?? str(data.video_url) ?? str(data.resultVideoUrl);
    if (!url) return malformed("callback", "no result_video_url");
    const poster = str(data.result_image_url) ?? str(data.image_url);
    return {
      state: "succeeded",
      outputs: [{ ...videoOutputs([url])[0], posterUrl: poster || undefined }],
      upstream: "callback",
      progress: 1,
    };
  }

  const flag = num(data.successFlag);
  const upstream = String(flag ?? "?");
  if (flag === 1) {
    const response = asRecord(parseJsonish(data.response));
    const url = str(response?.resultVideoUrl) ?? str(response?.result_video_url);
    if (!url) return malformed(upstream, "success without resultVideoUrl");
    const poster = str(response?.resultImageUrl) ?? str(response?.result_image_url);
    return {
      state: "succeeded",
      outputs: [{ ...videoOutputs([url])[0], posterUrl: poster || undefined }],
      upstream,
      progress: 1,
    };
  }
  if (flag === 2 || flag === 3) {
    return failed(num(data.errorCode), str(data.errorMessage) ?? "", "Aleph could not make this video");
  }
  if (flag === 0) return { state: "running", outputs: [], upstream };
  return { state: "running", outputs: [], upstream, note: `Unknown Aleph successFlag "${upstream}"` };
}
