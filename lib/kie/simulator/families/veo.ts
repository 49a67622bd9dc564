import { InputError, invalid, kieJson, kieSuccess, readJsonObject } from "../envelope";
import { advance, isFinished, requireCredits, startTask } from "../lifecycle";
import { type SimContext, scaled } from "../state";
import type { SimTask } from "../types";
import {
  optionalBoolean,
  optionalEnum,
  optionalNumber,
  optionalString,
  optionalStringArray,
  requiredString,
} from "../validate";
import { isVeo4k, VEO_4K_MODEL, veoRecord } from "./veo-view";
import { mediaUrl, taskIdParam } from "./video-common";
import { videoTask } from "./video-task";

// Veo 3.1 (REFERENCE §7). Credits per clip (§7.7); upgrades 1080p +5, 4K +120.
export const VEO_CREDITS = { veo3: 250, veo3_fast: 168, veo3_lite: 30 } as const;
const EXTEND_CREDITS = { quality: 250, fast: 168, lite: 30 } as const;
const RESOLUTION_EXTRA = { "720p": 0, "1080p": 5, "4k": 120 } as const;
export const VEO_1080P_CREDITS = 5;
export const VEO_4K_CREDITS = 120;
/** Demo-pace timings (ms at timeScale 1); Kie takes minutes. */
export const VEO_TIMING = { generate: 12_000, extend: 12_000, hd1080: 20_000, uhd4k: 30_000 };
const GENERATION_TYPES = ["TEXT_2_VIDEO", "FIRST_AND_LAST_FRAMES_2_VIDEO", "REFERENCE_2_VIDEO"] as const;
export const VEO_1080P_PROCESSING =
  "1080P is processing. It should be ready in 1-2 minutes. Please check back shortly.";
export const VEO_4K_PROCESSING =
  "4k is processing. It should be ready in 5-10 minutes. Please check back shortly.";

/** POST /api/v1/veo/generate */
export async function veoGenerate(req: Request, ctx: SimContext): Promise<Response> {
  const body = await readJsonObject(req);
  const prompt = requiredString(body, "prompt", 5000);
  const imageUrls = optionalStringArray(body, "imageUrls", 3) ?? [];
  const model = optionalEnum(body, "model", ["veo3", "veo3_fast", "veo3_lite"] as const) ?? "veo3_fast";
  const generationType = optionalEnum(body, "generationType", GENERATION_TYPES);
  const aspect = optionalEnum(body, "aspect_ratio", ["16:9", "9:16", "Auto"] as const) ?? "16:9";
  const resolution = optionalEnum(body, "resolution", ["720p", "1080p", "4k"] as const) ?? "720p";
  optionalBoolean(body, "enableTranslation");
  optionalBoolean(body, "enableFallback");
  optionalString(body, "watermark", 100);
  optionalNumber(body, "seeds", { min: 10000, max: 99999, integer: true });
  const callBackUrl = optionalString(body, "callBackUrl", 2048);
  if (generationType === "REFERENCE_2_VIDEO") {
    if (imageUrls.length < 1) throw invalid("REFERENCE_2_VIDEO requires 1 to 3 imageUrls");
    if (model !== "veo3_fast") throw invalid("REFERENCE_2_VIDEO only supports the veo3_fast model");
    if (aspect === "Auto") throw invalid("REFERENCE_2_VIDEO only supports aspect_ratio 16:9 or 9:16");
  } else if (imageUrls.length > 2) {
    throw invalid("imageUrls supports at most 2 images unless generationType is REFERENCE_2_VIDEO");
  }
  if (generationType === "FIRST_AND_LAST_FRAMES_2_VIDEO" && imageUrls.length < 1)
    throw invalid("FIRST_AND_LAST_FRAMES_2_VIDEO requires 1 or 2 imageUrls");
  if (generationType === "TEXT_2_VIDEO" && imageUrls.length > 0)
    throw invalid("TEXT_2_VIDEO does not accept imageUrls");

  const charge = VEO_CREDITS[model] + RESOLUTION_EXTRA[resolution];
  requireCredits(ctx, charge);
  const task = videoTask(ctx, {
    family: "veo",
    model,
    request: body,
    callBackUrl,
    prompt,
    charge,
    aspectRatio: aspect,
    doneAt: VEO_TIMING.generate,
  });
  startTask(ctx, task);
  return kieSuccess({ taskId: task.id });
}

/** The finished Veo generation (or extension) a follow-up refers to, or a Kie-style 422. */
function sourceOf(ctx: SimContext, taskId: string): SimTask {
  const source = taskId ? ctx.tasks.get(taskId) : undefined;
  if (source?.family !== "veo" || isVeo4k(source)) throw new InputError(422, "The record does not exist");
  advance(ctx, source);
  const last = source.stages[source.stages.length - 1];
  if (!isFinished(source) || last.outcome !== "success")
    throw new InputError(422, "The video is not generated successfully yet");
  return source;
}

/** POST /api/v1/veo/extend — model is fast|quality|lite here (§7.3). */
export async function veoExtend(req: Request, ctx: SimContext): Promise<Response> {
  const body = await readJsonObject(req);
  const taskId = requiredString(body, "taskId", 128);
  const prompt = requiredString(body, "prompt", 5000);
  const model = optionalEnum(body, "model", ["fast", "quality", "lite"] as const) ?? "fast";
  optionalNumber(body, "seeds", { min: 10000, max: 99999, integer: true });
  optionalString(body, "watermark", 100);
  const callBackUrl = optionalString(body, "callBackUrl", 2048);
  const source = sourceOf(ctx, taskId);
  const charge = EXTEND_CREDITS[model];
  requireCredits(ctx, charge);
  const aspect = typeof source.request.aspect_ratio === "string" ? source.request.aspect_ratio : "16:9";
  const task = videoTask(ctx, {
    family: "veo",
    model: `extend:${model}`,
    request: { ...body, aspect_ratio: aspect },
    callBackUrl,
    prompt,
    charge,
    aspectRatio: aspect,
    doneAt: VEO_TIMING.extend,
    sourceTaskId: source.id,
    extra: ["full0"],
  });
  startTask(ctx, task);
  return kieSuccess({ taskId: task.id });
}

/** GET /api/v1/veo/record-info?taskId= — unknown ids answer 422 like the other dedicated APIs. */
export async function veoRecordInfo(_req: Request, ctx: SimContext, url: URL): Promise<Response> {
  const taskId = taskIdParam(url);
  if (!taskId) throw invalid("taskId cannot be blank");
  const task = ctx.tasks.get(taskId);
  if (task?.family !== "veo") return kieJson(422, "The record does not exist");
  const now = Date.now();
  advance(ctx, task, now);
  return kieSuccess(veoRecord(ctx, task, now));
}

function indexOf(value: unknown, source: SimTask): number {
  const index = value === undefined || value === null || value === "" ? 0 : Number(value);
  if (!Number.isInteger(index) || index < 0) throw invalid("index must be a non-negative integer");
  if (index >= source.results.filter((r) => r.startsWith("video")).length)
    throw invalid("index out of range");
  return index;
}

/**
 * GET /api/v1/veo/get-1080p-video?taskId=&index= — not a task: the first call starts the upscale
 * (and charges it); until it is ready every call answers body code 400 "1080P is processing…";
 * then 200 `{resultUrl}`. No callback.
 */
export async function veoGet1080p(_req: Request, ctx: SimContext, url: URL): Promise<Response> {
  const source = sourceOf(ctx, taskIdParam(url));
  const index = indexOf(url.searchParams.get("index"), source);
  const key = `1080p-${index}`;
  const upgrades = (source.video ??= {}).upgrades ?? {};
  source.video.upgrades = upgrades;
  let upgrade = upgrades[key];
  if (!upgrade) {
    requireCredits(ctx, VEO_1080P_CREDITS);
    ctx.credits.debit(VEO_1080P_CREDITS);
    upgrade = { requestedAt: Date.now() };
    upgrades[key] = upgrade;
    source.media[`hd${index}`] = { ...(source.media[`video${index}`] ?? source.media.video0) };
    ctx.tasks.save(source);
  }
  if (Date.now() - upgrade.requestedAt < scaled(ctx, VEO_TIMING.hd1080, source.flags.slow))
    return kieJson(400, VEO_1080P_PROCESSING);
  return kieSuccess({ resultUrl: mediaUrl(ctx, source, `hd${index}`) });
}

/**
 * POST /api/v1/veo/get-4k-video {taskId, index, callBackUrl} — creates a 4K task (own id, own
 * callback). Asking again answers 422: "4k is processing…" or, once done, "The video has been
 * generated successfully" with its resultUrls (§7.5).
 */
export async function veoGet4k(req: Request, ctx: SimContext): Promise<Response> {
  const body = await readJsonObject(req);
  const source = sourceOf(ctx, requiredString(body, "taskId", 128));
  const index = indexOf(body.index, source);
  const callBackUrl = optionalString(body, "callBackUrl", 2048);
  const key = `4k-${index}`;
  const upgrades = (source.video ??= {}).upgrades ?? {};
  source.video.upgrades = upgrades;
  const existing = upgrades[key]?.taskId ? ctx.tasks.get(upgrades[key].taskId as string) : undefined;
  if (existing) {
    advance(ctx, existing);
    const done = isFinished(existing) && existing.stages[existing.stages.length - 1].outcome === "success";
    return kieJson(
      422,
      done ? "The video has been generated successfully" : VEO_4K_PROCESSING,
      done
        ? {
            taskId: existing.id,
            resultUrls: [mediaUrl(ctx, existing, "video0")],
            imageUrls: [mediaUrl(ctx, existing, "poster0")],
          }
        : { taskId: existing.id, resultUrls: null, imageUrls: null },
    );
  }
  requireCredits(ctx, VEO_4K_CREDITS);
  const clip = source.media[`video${index}`] ?? source.media.video0;
  const task = videoTask(ctx, {
    family: "veo",
    model: VEO_4K_MODEL,
    request: { taskId: source.id, index, ...(callBackUrl ? { callBackUrl } : {}) },
    callBackUrl,
    // The source's prompt markers ([sim:fail], [sim:slow]) carry over.
    prompt: typeof source.request.prompt === "string" ? source.request.prompt : "",
    charge: VEO_4K_CREDITS,
    aspectRatio: typeof source.request.aspect_ratio === "string" ? source.request.aspect_ratio : "16:9",
    doneAt: VEO_TIMING.uhd4k,
    sourceTaskId: source.id,
    media: clip.kind === "video" ? { video0: clip, poster0: { ...clip, part: "poster" } } : undefined,
  });
  upgrades[key] = { requestedAt: Date.now(), taskId: task.id };
  ctx.tasks.save(source);
  startTask(ctx, task);
  return kieSuccess({ taskId: task.id, resultUrls: null, imageUrls: null });
}
