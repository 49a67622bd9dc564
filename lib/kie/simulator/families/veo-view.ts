import { completedAt, currentStage } from "../stages";
import type { SimContext } from "../state";
import type { SimTask, Stage } from "../types";
import { withoutCallback } from "./gpt4o-view";
import { formatTime, mediaUrl } from "./video-common";

export const VEO_FAILURE = {
  code: 400,
  msg: "Your prompt was flagged by Website as violating content policies.",
};
export const VEO_4K_FAILURE = {
  code: 500,
  msg: "The 4K version of this video is unavailable. Please try a different video.",
};
export const VEO_4K_MODEL = "veo-4k";

export function isVeo4k(task: SimTask): boolean {
  return task.model === VEO_4K_MODEL;
}

function isExtend(task: SimTask): boolean {
  return task.model.startsWith("extend:");
}

function aspectOf(task: SimTask): string {
  const a = task.request.aspect_ratio;
  return typeof a === "string" ? a : "16:9";
}

function resolutionOf(task: SimTask): string {
  if (isVeo4k(task)) return "4k";
  const r = task.request.resolution;
  return typeof r === "string" ? r : "720p";
}

export function veoResultUrls(ctx: SimContext, task: SimTask): string[] {
  return [mediaUrl(ctx, task, "video0")];
}

function fullUrls(ctx: SimContext, task: SimTask): string[] {
  return task.media.full0 ? [mediaUrl(ctx, task, "full0")] : veoResultUrls(ctx, task);
}

function outcome(task: SimTask, now: number): "running" | "success" | "fail" {
  const stage = currentStage(task, now);
  if (!stage || stage.outcome === "progress") return "running";
  return stage.outcome;
}

/** §7.2 record-info (docs shape: formatted times, int successFlag; 4K tasks add mediaIds). */
export function veoRecord(ctx: SimContext, task: SimTask, now: number): Record<string, unknown> {
  const state = outcome(task, now);
  const failure = isVeo4k(task) ? VEO_4K_FAILURE : VEO_FAILURE;
  const urls = veoResultUrls(ctx, task);
  const response =
    state === "success"
      ? {
          taskId: task.id,
          resultUrls: urls,
          originUrls: aspectOf(task) === "16:9" ? null : urls,
          fullResultUrls: fullUrls(ctx, task),
          resolution: resolutionOf(task),
          ...(isVeo4k(task)
            ? { mediaIds: [`media_${task.id.slice(0, 12)}`], imageUrls: [mediaUrl(ctx, task, "poster0")] }
            : {}),
        }
      : null;
  return {
    taskId: task.id,
    paramJson: JSON.stringify(withoutCallback(task.request)),
    completeTime: formatTime(completedAt(task, now)),
    response,
    successFlag: state === "running" ? 0 : state === "fail" ? 2 : 1,
    errorCode: state === "fail" ? failure.code : null,
    errorMessage: state === "fail" ? failure.msg : "",
    createTime: formatTime(task.createdAt),
    fallbackFlag: false,
  };
}

/** §7.6 generate/extend callback; §7.5 4K callback (camel, callbacks-page variant). */
export function veoCallback(ctx: SimContext, task: SimTask, stage: Stage): unknown {
  if (stage.outcome === "progress") return null;
  if (isVeo4k(task)) {
    if (stage.outcome === "fail")
      return { code: VEO_4K_FAILURE.code, msg: VEO_4K_FAILURE.msg, data: { taskId: task.id } };
    return {
      code: 200,
      msg: "4K Video generated successfully.",
      data: {
        taskId: task.id,
        info: { resultUrls: veoResultUrls(ctx, task), imageUrls: [mediaUrl(ctx, task, "poster0")] },
      },
    };
  }
  if (stage.outcome === "fail") {
    return { code: VEO_FAILURE.code, msg: VEO_FAILURE.msg, data: { taskId: task.id, fallbackFlag: false } };
  }
  const { aspect_ratio, ...rest } = withoutCallback(task.request);
  const urls = veoResultUrls(ctx, task);
  return {
    code: 200,
    msg: isExtend(task) ? "Veo3.1 video extension successful." : "Veo3.1 video generated successfully.",
    data: {
      taskId: task.id,
      // The stored prompt shows the key as aspectRatio (§7.1).
      promptJson: JSON.stringify({
        ...(aspect_ratio === undefined ? {} : { aspectRatio: aspect_ratio }),
        ...rest,
      }),
      info: {
        resultUrls: urls,
        originUrls: aspectOf(task) === "16:9" ? null : urls,
        resolution: resolutionOf(task),
      },
      fallbackFlag: false,
    },
  };
}
