import { currentStage } from "../stages";
import { type SimContext, taskMediaUrl } from "../state";
import type { SimTask, Stage, SunoTrack } from "../types";

export const SUNO_FAILURE_MSG = "Audio generation failed";

const MODEL_NAMES: Record<string, string> = {
  V4: "chirp-v4",
  V4_5: "chirp-v4-5",
  V4_5PLUS: "chirp-v4-5-plus",
  V4_5ALL: "chirp-v4-5-all",
  V5: "chirp-v5",
  V5_5: "chirp-v5-5",
};

const STATUS_BY_STAGE: Record<string, string> = {
  text: "TEXT_SUCCESS",
  first: "FIRST_SUCCESS",
  complete: "SUCCESS",
  error: "GENERATE_AUDIO_FAILED",
};

export function sunoStatus(task: SimTask, now: number): string {
  const stage = currentStage(task, now);
  return stage ? STATUS_BY_STAGE[stage.name] : "PENDING";
}

/** The §6.6 record: camelCase tracks; the first track streams before its file is final. */
export function sunoRecord(ctx: SimContext, task: SimTask, now: number): Record<string, unknown> {
  const status = sunoStatus(task, now);
  const failed = status === "GENERATE_AUDIO_FAILED";
  const visible =
    status === "SUCCESS" ? task.tracks : status === "FIRST_SUCCESS" ? task.tracks.slice(0, 1) : [];
  const final = status === "SUCCESS";
  const response: Record<string, unknown> = {
    taskId: task.id,
    sunoData: visible.map((track) => camelTrack(ctx, task, track, final)),
  };
  if (failed) response.errorMessage = SUNO_FAILURE_MSG;
  return {
    taskId: task.id,
    parentMusicId: "",
    param: JSON.stringify(paramOf(task)),
    response,
    status,
    type: "GENERATE",
    operationType: "generate",
    errorCode: failed ? 501 : null,
    errorMessage: failed ? SUNO_FAILURE_MSG : null,
  };
}

/** The §6.7 callbacks: snake_case track keys, one callback per stage. */
export function sunoCallback(ctx: SimContext, task: SimTask, stage: Stage): unknown {
  const envelope = (code: number, msg: string, callbackType: string, data: unknown) => ({
    code,
    msg,
    data: { callbackType, task_id: task.id, data },
  });
  switch (stage.name) {
    case "text":
      return envelope(200, "Text generation completed.", "text", []);
    case "first":
      return envelope(200, "First track generated successfully.", "first", [
        snakeTrack(ctx, task, task.tracks[0], false),
      ]);
    case "complete":
      return envelope(
        200,
        "All generated successfully.",
        "complete",
        task.tracks.map((t) => snakeTrack(ctx, task, t, true)),
      );
    case "error":
      return envelope(501, SUNO_FAILURE_MSG, "error", null);
    default:
      return null;
  }
}

function camelTrack(
  ctx: SimContext,
  task: SimTask,
  track: SunoTrack,
  final: boolean,
): Record<string, unknown> {
  const urls = trackUrls(ctx, task, track);
  return {
    id: track.id,
    audioUrl: final ? urls.audio : "",
    streamAudioUrl: urls.stream,
    imageUrl: urls.cover,
    prompt: track.lyrics,
    modelName: MODEL_NAMES[task.model] ?? "chirp-v5",
    title: track.title,
    tags: track.tags,
    createTime: track.createTime,
    duration: track.duration,
  };
}

function snakeTrack(
  ctx: SimContext,
  task: SimTask,
  track: SunoTrack,
  final: boolean,
): Record<string, unknown> {
  const urls = trackUrls(ctx, task, track);
  return {
    id: track.id,
    audio_url: final ? urls.audio : "",
    stream_audio_url: urls.stream,
    image_url: urls.cover,
    prompt: track.lyrics,
    model_name: MODEL_NAMES[task.model] ?? "chirp-v5",
    title: track.title,
    tags: track.tags,
    createTime: track.createTime,
    duration: track.duration,
  };
}

function trackUrls(ctx: SimContext, task: SimTask, track: SunoTrack) {
  const url = (suffix: string) => taskMediaUrl(ctx, task.id, suffix, task.media[suffix]);
  return { audio: url(track.audio), stream: url(track.stream), cover: url(track.cover) };
}

/** Kie stores the request without the callback URL. */
function paramOf(task: SimTask): Record<string, unknown> {
  const { callBackUrl: _omitted, ...rest } = task.request;
  return rest;
}
