import { InputError, invalid, kieSuccess, readJsonObject } from "../envelope";
import { advance, isFinished, requireCredits, startTask } from "../lifecycle";
import type { SimContext } from "../state";
import type { SimTask } from "../types";
import { optionalEnum, optionalString, requiredEnum, requiredString } from "../validate";
import { runwayRecord } from "./runway-view";
import { taskIdParam } from "./video-common";
import { videoTask } from "./video-task";

// Runway (REFERENCE §8.1–8.4). ≈ 2.4 credits/s at 720p; 1080p is unpriced (simulated as double).
const RUNWAY_PER_SECOND = 2.4;
const EXTEND_CREDITS = 30;
/** Demo-pace timings (ms at timeScale 1). */
export const RUNWAY_TIMING = { queueing: 1_000, generating: 3_000, done: 10_000 };
const ASPECTS = ["16:9", "4:3", "1:1", "3:4", "9:16"] as const;

function requireCallback(body: Record<string, unknown>): string {
  const url = optionalString(body, "callBackUrl", 2048);
  if (!url?.trim()) throw invalid("Please enter callBackUrl.");
  return url;
}

/** The doc example sends duration as the string "5": accept 5, 10, "5", "10". */
function durationOf(body: Record<string, unknown>): 5 | 10 {
  const d = body.duration;
  if (d === undefined || d === null || d === "") throw invalid("duration cannot be blank");
  const n = Number(d);
  if ((typeof d !== "number" && typeof d !== "string") || (n !== 5 && n !== 10))
    throw invalid("duration must be one of: 5, 10");
  return n;
}

function runwayTask(
  ctx: SimContext,
  body: Record<string, unknown>,
  o: { prompt: string; charge: number; aspect: string; callBackUrl: string; source?: SimTask },
) {
  return videoTask(ctx, {
    family: "runway",
    model: o.source ? "runway-extend" : "runway",
    request: body,
    callBackUrl: o.callBackUrl,
    prompt: o.prompt,
    charge: o.charge,
    aspectRatio: o.aspect,
    progress: [
      { name: "queueing", at: RUNWAY_TIMING.queueing },
      { name: "generating", at: RUNWAY_TIMING.generating },
    ],
    doneAt: RUNWAY_TIMING.done,
    sourceTaskId: o.source?.id,
  });
}

/** POST /api/v1/runway/generate */
export async function runwayGenerate(req: Request, ctx: SimContext): Promise<Response> {
  const body = await readJsonObject(req);
  const prompt = requiredString(body, "prompt", 1800);
  const imageUrl = optionalString(body, "imageUrl", 2048);
  const duration = durationOf(body);
  const quality = requiredEnum(body, "quality", ["720p", "1080p"] as const);
  if (quality === "1080p" && duration === 10)
    throw invalid("1080p quality does not support 10-second videos");
  const aspect = imageUrl
    ? (optionalEnum(body, "aspectRatio", ASPECTS) ?? "16:9")
    : requiredEnum(body, "aspectRatio", ASPECTS);
  optionalString(body, "waterMark", 100);
  const callBackUrl = requireCallback(body);
  const charge = Math.ceil(RUNWAY_PER_SECOND * duration * (quality === "1080p" ? 2 : 1));
  requireCredits(ctx, charge);
  const task = runwayTask(ctx, body, { prompt, charge, aspect, callBackUrl });
  startTask(ctx, task);
  return kieSuccess({ taskId: task.id });
}

/** POST /api/v1/runway/extend */
export async function runwayExtend(req: Request, ctx: SimContext): Promise<Response> {
  const body = await readJsonObject(req);
  const taskId = requiredString(body, "taskId", 128);
  const prompt = requiredString(body, "prompt", 1800);
  const quality = requiredEnum(body, "quality", ["720p", "1080p"] as const);
  optionalString(body, "waterMark", 100);
  const callBackUrl = requireCallback(body);
  const source = ctx.tasks.get(taskId);
  if (source?.family !== "runway") throw new InputError(422, "The record does not exist");
  advance(ctx, source);
  if (!isFinished(source) || source.stages[source.stages.length - 1].outcome !== "success")
    throw invalid("The original video is not generated successfully yet");
  const charge = EXTEND_CREDITS * (quality === "1080p" ? 2 : 1);
  requireCredits(ctx, charge);
  const aspect = typeof source.request.aspectRatio === "string" ? source.request.aspectRatio : "16:9";
  const task = runwayTask(ctx, body, { prompt, charge, aspect, callBackUrl, source });
  startTask(ctx, task);
  return kieSuccess({ taskId: task.id });
}

/** GET /api/v1/runway/record-detail?taskId= (record-detail, not record-info); unknown → 200 + null. */
export async function runwayRecordDetail(_req: Request, ctx: SimContext, url: URL): Promise<Response> {
  const taskId = taskIdParam(url);
  if (!taskId) throw invalid("taskId cannot be blank");
  const task = ctx.tasks.get(taskId);
  if (task?.family !== "runway") return kieSuccess(null);
  const now = Date.now();
  advance(ctx, task, now);
  return kieSuccess(runwayRecord(ctx, task, now));
}
