import { invalid, kieJson, kieSuccess, readJsonObject } from "../envelope";
import { flagsFrom, newTaskId, requireCredits, startTask } from "../lifecycle";
import { videoSpecs } from "../media/video";
import { type SimContext, taskMediaUrl } from "../state";
import type { SimTask, Stage } from "../types";
import { optionalString, requiredString } from "../validate";
import { formatKieTime } from "./suno";
import {
  completedAtMs,
  derivedStages,
  derivedTask,
  findDerived,
  finishedSunoTask,
  inheritedFlags,
  phaseOf,
  requireCallBackUrl,
  requireSourceTrack,
} from "./suno-derived-common";

export const WAV_CHARGE = 2;
export const MP4_CHARGE = 8;
export const COVER_CHARGE = 4;
const INTERNAL_ERROR = "Internal Error - Please try again later";

/** POST /api/v1/wav/generate {taskId, audioId, callBackUrl}: one WAV per track (409 after that). */
export async function sunoWavCreate(req: Request, ctx: SimContext): Promise<Response> {
  const body = await readJsonObject(req);
  const callBackUrl = requireCallBackUrl(body);
  const src = requireSourceTrack(ctx, body);
  if (findDerived(ctx, "suno-wav", { sourceTaskId: src.task.id, audioId: src.track.id }))
    return kieJson(409, "WAV record already exists");
  requireCredits(ctx, WAV_CHARGE);
  const flags = inheritedFlags(src.task, flagsFrom(""));
  const task = derivedTask({
    id: newTaskId(),
    family: "suno-wav",
    model: src.task.model,
    request: body,
    callBackUrl,
    flags,
    charge: WAV_CHARGE,
    stages: derivedStages(ctx, { done: 8_000 }, flags),
    // The WAV is the source take itself: same synth spec, same samples.
    media: { wav0: src.audio },
    results: ["wav0"],
    extra: { sourceTaskId: src.task.id, audioId: src.track.id, musicIndex: src.index },
  });
  startTask(ctx, task);
  return kieSuccess({ taskId: task.id });
}

/** POST /api/v1/mp4/generate {taskId, audioId, callBackUrl, author ≤ 50, domainName ≤ 50}. */
export async function sunoMp4Create(req: Request, ctx: SimContext): Promise<Response> {
  const body = await readJsonObject(req);
  const callBackUrl = requireCallBackUrl(body);
  const author = optionalString(body, "author", 50) ?? "";
  const domainName = optionalString(body, "domainName", 50) ?? "";
  const src = requireSourceTrack(ctx, body);
  requireCredits(ctx, MP4_CHARGE);
  const id = newTaskId();
  const flags = inheritedFlags(src.task, flagsFrom(`${author} ${domainName}`));
  const task = derivedTask({
    id,
    family: "suno-mp4",
    model: src.task.model,
    request: body,
    callBackUrl,
    flags,
    charge: MP4_CHARGE,
    stages: derivedStages(ctx, { done: 20_000 }, flags),
    media: { video0: videoSpecs(id, "16:9").video },
    results: ["video0"],
    extra: { sourceTaskId: src.task.id, audioId: src.track.id, musicIndex: src.index },
  });
  startTask(ctx, task);
  return kieSuccess({ taskId: task.id });
}

/**
 * POST /api/v1/suno/cover/generate {taskId, callBackUrl}: album art for a whole music task. A second
 * request for the same task answers 400 with the existing cover task's id (REFERENCE §6.8).
 */
export async function sunoCoverCreate(req: Request, ctx: SimContext): Promise<Response> {
  const body = await readJsonObject(req);
  const callBackUrl = requireCallBackUrl(body);
  const taskId = requiredString(body, "taskId", 128);
  const source = finishedSunoTask(ctx, taskId);
  if (!source) throw invalid("Original music record does not exist");
  const existing = findDerived(ctx, "suno-cover", { sourceTaskId: source.id });
  if (existing)
    return kieJson(400, "A cover has already been generated for this music task", { taskId: existing.id });
  requireCredits(ctx, COVER_CHARGE);
  const id = newTaskId();
  const flags = inheritedFlags(source, flagsFrom(""));
  const title = source.tracks[0]?.title ?? "";
  const tags = source.tracks[0]?.tags ?? "";
  const task = derivedTask({
    id,
    family: "suno-cover",
    model: source.model,
    request: body,
    callBackUrl,
    flags,
    charge: COVER_CHARGE,
    stages: derivedStages(ctx, { generating: 2_000, done: 8_000 }, flags),
    media: Object.fromEntries(
      [0, 1].map((variant) => [
        `image${variant}`,
        {
          kind: "image",
          prompt: `${tags} album cover`,
          seed: id,
          variant,
          width: 1024,
          height: 1024,
          format: "png",
          label: title,
        },
      ]),
    ),
    results: ["image0", "image1"],
    extra: { sourceTaskId: source.id },
  });
  startTask(ctx, task);
  return kieSuccess({ taskId: task.id });
}

/** §6.10 record: STRING successFlag, Suno's "YYYY-MM-DD HH:mm:ss" times. */
export function wavRecord(ctx: SimContext, task: SimTask, now: number): Record<string, unknown> {
  return fileRecord(ctx, task, now, "GENERATE_WAV_FAILED", (url) => ({ audioWavUrl: url }));
}

/** §6.12 record. */
export function mp4Record(ctx: SimContext, task: SimTask, now: number): Record<string, unknown> {
  return fileRecord(ctx, task, now, "GENERATE_MP4_FAILED", (url) => ({ videoUrl: url }));
}

function fileRecord(
  ctx: SimContext,
  task: SimTask,
  now: number,
  failFlag: string,
  response: (url: string | null) => Record<string, unknown>,
): Record<string, unknown> {
  const phase = phaseOf(task, now);
  const done = completedAtMs(task, phase);
  const failed = phase === "failed";
  return {
    taskId: task.id,
    musicId: task.extra?.audioId,
    callbackUrl: task.callBackUrl,
    musicIndex: task.extra?.musicIndex,
    completeTime: done === null ? null : formatKieTime(done),
    response: response(phase === "success" ? resultUrl(ctx, task) : null),
    successFlag: failed ? failFlag : phase === "success" ? "SUCCESS" : "PENDING",
    createTime: formatKieTime(task.createdAt),
    errorCode: failed ? 500 : null,
    errorMessage: failed ? INTERNAL_ERROR : null,
  };
}

/** §6.8 cover record: INTEGER successFlag 0 pending → 2 generating → 1 success (3 failed). */
export function coverRecord(ctx: SimContext, task: SimTask, now: number): Record<string, unknown> {
  const phase = phaseOf(task, now);
  const done = completedAtMs(task, phase);
  const failed = phase === "failed";
  const flag = { pending: 0, generating: 2, success: 1, failed: 3 }[phase];
  return {
    taskId: task.id,
    parentTaskId: task.extra?.sourceTaskId,
    callbackUrl: task.callBackUrl,
    completeTime: done === null ? null : new Date(done).toISOString(),
    response: phase === "success" ? { images: coverUrls(ctx, task) } : null,
    successFlag: flag,
    createTime: new Date(task.createdAt).toISOString(),
    errorCode: failed ? 501 : phase === "success" ? 200 : null,
    errorMessage: failed ? "Cover generation failed" : phase === "success" ? "" : null,
  };
}

export function wavCallback(ctx: SimContext, task: SimTask, stage: Stage): unknown {
  if (stage.name === "error")
    return { code: 500, msg: INTERNAL_ERROR, data: { audioWavUrl: null, task_id: task.id } };
  if (stage.name !== "complete") return null;
  return { code: 200, msg: "success", data: { audioWavUrl: resultUrl(ctx, task), task_id: task.id } };
}

export function mp4Callback(ctx: SimContext, task: SimTask, stage: Stage): unknown {
  if (stage.name === "error")
    return { code: 500, msg: INTERNAL_ERROR, data: { task_id: task.id, video_url: null } };
  if (stage.name !== "complete") return null;
  return { code: 200, msg: "success", data: { task_id: task.id, video_url: resultUrl(ctx, task) } };
}

/** Cover callbacks name the task `taskId` (camelCase), unlike WAV/MP4. */
export function coverCallback(ctx: SimContext, task: SimTask, stage: Stage): unknown {
  if (stage.name === "error")
    return { code: 501, msg: "Cover generation failed", data: { taskId: task.id, images: null } };
  if (stage.name !== "complete") return null;
  return { code: 200, msg: "success", data: { taskId: task.id, images: coverUrls(ctx, task) } };
}

function resultUrl(ctx: SimContext, task: SimTask): string {
  const suffix = task.results[0];
  return taskMediaUrl(ctx, task.id, suffix, task.media[suffix]);
}

function coverUrls(ctx: SimContext, task: SimTask): string[] {
  return task.results.map((suffix) => taskMediaUrl(ctx, task.id, suffix, task.media[suffix]));
}
