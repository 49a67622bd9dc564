import { invalid, kieSuccess, readJsonObject } from "../envelope";
import { advance, requireCredits, startTask } from "../lifecycle";
import type { SimContext } from "../state";
import { optionalBoolean, optionalEnum, optionalNumber, optionalString, requiredString } from "../validate";
import { alephRecord } from "./runway-view";
import { taskIdParam } from "./video-common";
import { videoTask } from "./video-task";

// Runway Aleph video-to-video (REFERENCE §8.5–8.7). Unpriced in the sources: 6/s × ~5 s.
export const ALEPH_CREDITS = 30;
export const ALEPH_TIMING = { done: 10_000 };

/** POST /api/v1/aleph/generate */
export async function alephGenerate(req: Request, ctx: SimContext): Promise<Response> {
  const body = await readJsonObject(req);
  const prompt = requiredString(body, "prompt", 1800);
  const videoUrl = requiredString(body, "videoUrl", 2048);
  if (!/^https?:\/\//i.test(videoUrl)) throw invalid("videoUrl must be a valid URL");
  const aspect = optionalEnum(body, "aspectRatio", ["16:9", "9:16", "4:3", "3:4", "1:1", "21:9"] as const);
  optionalNumber(body, "seed", { integer: true });
  optionalString(body, "referenceImage", 2048);
  optionalString(body, "waterMark", 100);
  optionalBoolean(body, "uploadCn");
  const callBackUrl = optionalString(body, "callBackUrl", 2048);
  requireCredits(ctx, ALEPH_CREDITS);
  const task = videoTask(ctx, {
    family: "aleph",
    model: "aleph",
    request: body,
    callBackUrl,
    prompt,
    charge: ALEPH_CREDITS,
    aspectRatio: aspect,
    doneAt: ALEPH_TIMING.done,
  });
  startTask(ctx, task);
  return kieSuccess({ taskId: task.id });
}

/** GET /api/v1/aleph/record-info?taskId= — unknown ids answer code 200 with data null (live). */
export async function alephRecordInfo(_req: Request, ctx: SimContext, url: URL): Promise<Response> {
  const taskId = taskIdParam(url);
  if (!taskId) throw invalid("taskId cannot be blank");
  const task = ctx.tasks.get(taskId);
  if (task?.family !== "aleph") return kieSuccess(null);
  const now = Date.now();
  advance(ctx, task, now);
  return kieSuccess(alephRecord(ctx, task, now));
}
