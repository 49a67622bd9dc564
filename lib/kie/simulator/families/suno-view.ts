import { currentStage } from "../stages";
import { type SimContext, taskMediaUrl } from "../state";
import type { SimTask, Stage, SunoTrack } from "../types";

export const SUNO_FAILURE_MSG = "Audio generation failed";

/**
 * What a follow-up task (extend, covers, add-*, mashup, replace-section, sounds) adds to a Suno
 * task, under `task.extra.sunoFollow`. Generate tasks have none and read as before.
 */
export type SunoFollowExtra = {
  /** The record's `operationType` ("extend", "upload_cover", …). */
  operationType: string;
  /** The extended track's audioId (record-info `parentMusicId`). */
  parentMusicId?: string;
  /** upload-cover/upload-extend echo the uploaded song on every track (`source_*` fields). */
  source?: { audioUrl: string; streamAudioUrl: string; imageUrl: string };
  /** Why the task fails, when it does for a reason other than `[sim:fail]`. */
  failure?: SunoFailure;
  /** replace-section error callbacks carry `data.error` (a string) instead of `data.data`. */
  errorAsString?: boolean;
};
export type SunoFailure = { status: string; code: number; message: string };

const DEFAULT_FAILURE: SunoFailure = {
  status: "GENERATE_AUDIO_FAILED",
  code: 501,
  message: SUNO_FAILURE_MSG,
};

export function followExtra(task: SimTask): SunoFollowExtra | undefined {
  const extra = task.extra?.sunoFollow;
  return extra && typeof extra === "object" ? (extra as SunoFollowExtra) : undefined;
}

function failureOf(task: SimTask): SunoFailure {
  return followExtra(task)?.failure ?? DEFAULT_FAILURE;
}

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
};

export function sunoStatus(task: SimTask, now: number): string {
  const stage = currentStage(task, now);
  if (!stage) return "PENDING";
  return stage.name === "error" ? failureOf(task).status : STATUS_BY_STAGE[stage.name];
}

/** The §6.6 record: camelCase tracks; the first track streams before its file is final. */
export function sunoRecord(ctx: SimContext, task: SimTask, now: number): Record<string, unknown> {
  const status = sunoStatus(task, now);
  const failed = currentStage(task, now)?.name === "error";
  const failure = failureOf(task);
  const follow = followExtra(task);
  const visible =
    status === "SUCCESS" ? task.tracks : status === "FIRST_SUCCESS" ? task.tracks.slice(0, 1) : [];
  const final = status === "SUCCESS";
  const response: Record<string, unknown> = {
    taskId: task.id,
    sunoData: visible.map((track) => camelTrack(ctx, task, track, final)),
  };
  if (failed) response.errorMessage = failure.message;
  return {
    taskId: task.id,
    parentMusicId: follow?.parentMusicId ?? "",
    param: JSON.stringify(paramOf(task)),
    response,
    status,
    type: "GENERATE",
    operationType: follow?.operationType ?? "generate",
    errorCode: failed ? failure.code : null,
    errorMessage: failed ? failure.message : null,
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
    case "error": {
      const failure = failureOf(task);
      if (!followExtra(task)?.errorAsString) return envelope(failure.code, failure.message, "error", null);
      return {
        code: failure.code,
        msg: `${SUNO_FAILURE_MSG}.`,
        data: { callbackType: "error", task_id: task.id, error: failure.message },
      };
    }
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
  const source = followExtra(task)?.source;
  return {
    id: track.id,
    audioUrl: final ? urls.audio : "",
    streamAudioUrl: urls.stream,
    imageUrl: urls.cover,
    ...(source && {
      sourceAudioUrl: source.audioUrl,
      sourceStreamAudioUrl: source.streamAudioUrl,
      sourceImageUrl: source.imageUrl,
    }),
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
  const source = followExtra(task)?.source;
  return {
    id: track.id,
    audio_url: final ? urls.audio : "",
    ...(source && { source_audio_url: source.audioUrl }),
    stream_audio_url: urls.stream,
    ...(source && { source_stream_audio_url: source.streamAudioUrl }),
    image_url: urls.cover,
    ...(source && { source_image_url: source.imageUrl }),
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
