import { currentStage } from "../stages";
import type { SimContext } from "../state";
import type { SimTask, Stage } from "../types";
import { formatTime, mediaUrl, uuidFrom } from "./video-common";

export const RUNWAY_FAILURE = {
  code: 400,
  msg: "Inappropriate content detected. Please replace the image or video.",
};
export const ALEPH_FAILURE = { code: 500, msg: "internal error, please try again later." };

/** §8.3 states: wait → queueing → generating → success | fail (not the Market spelling). */
export function runwayState(
  task: SimTask,
  now: number,
): "wait" | "queueing" | "generating" | "success" | "fail" {
  const stage = currentStage(task, now);
  if (!stage) return "wait";
  if (stage.outcome === "success") return "success";
  if (stage.outcome === "fail") return "fail";
  return stage.name === "queueing" ? "queueing" : "generating";
}

/** GET /api/v1/runway/record-detail data (§8.3). */
export function runwayRecord(ctx: SimContext, task: SimTask, now: number): Record<string, unknown> {
  const state = runwayState(task, now);
  const prompt = task.request.prompt;
  return {
    taskId: task.id,
    parentTaskId: task.video?.sourceTaskId ?? "",
    generateParam: {
      prompt: typeof prompt === "string" ? prompt : "",
      ...(typeof task.request.imageUrl === "string" ? { imageUrl: task.request.imageUrl } : {}),
      expandPrompt: true,
    },
    state,
    generateTime: formatTime(task.createdAt),
    videoInfo:
      state === "success"
        ? {
            videoId: uuidFrom(task.id.split("").reverse().join("")),
            taskId: task.id,
            videoUrl: mediaUrl(ctx, task, "video0"),
            imageUrl: mediaUrl(ctx, task, "poster0"),
          }
        : null,
    failCode: state === "fail" ? RUNWAY_FAILURE.code : null,
    failMsg: state === "fail" ? RUNWAY_FAILURE.msg : "",
    expireFlag: 0,
  };
}

/** §8.4: snake_case; failure keeps the four fields as empty strings. */
export function runwayCallback(ctx: SimContext, task: SimTask, stage: Stage): unknown {
  if (stage.outcome === "progress") return null;
  if (stage.outcome === "fail") {
    return {
      code: RUNWAY_FAILURE.code,
      msg: RUNWAY_FAILURE.msg,
      data: { task_id: task.id, video_id: "", video_url: "", image_url: "" },
    };
  }
  return {
    code: 200,
    msg: "All generated successfully.",
    data: {
      task_id: task.id,
      video_id: uuidFrom(task.id.split("").reverse().join("")),
      video_url: mediaUrl(ctx, task, "video0"),
      image_url: mediaUrl(ctx, task, "poster0"),
    },
  };
}

/** GET /api/v1/aleph/record-info data — the live shape (§8.6): epoch ms, successFlag 0/1/3. */
export function alephRecord(ctx: SimContext, task: SimTask, now: number): Record<string, unknown> {
  const stage = currentStage(task, now);
  const done = stage !== null && stage.outcome !== "progress";
  const failed = stage?.outcome === "fail";
  const { callBackUrl: _omitted, ...param } = task.request;
  return {
    taskId: task.id,
    paramJson: JSON.stringify(param),
    response:
      done && !failed
        ? {
            taskId: task.id,
            resultVideoUrl: mediaUrl(ctx, task, "video0"),
            resultImageUrl: mediaUrl(ctx, task, "poster0"),
          }
        : null,
    completeTime: done ? task.createdAt + (stage?.at ?? 0) : null,
    createTime: task.createdAt,
    successFlag: !done ? 0 : failed ? 3 : 1,
    errorCode: !done ? null : failed ? ALEPH_FAILURE.code : 0,
    errorMessage: !done ? null : failed ? ALEPH_FAILURE.msg : "",
  };
}

/** §8.7: `taskId` at the top level; `data: null` on failure. */
export function alephCallback(ctx: SimContext, task: SimTask, stage: Stage): unknown {
  if (stage.outcome === "progress") return null;
  if (stage.outcome === "fail")
    return { code: ALEPH_FAILURE.code, msg: ALEPH_FAILURE.msg, data: null, taskId: task.id };
  return {
    code: 200,
    msg: "success",
    data: {
      result_video_url: mediaUrl(ctx, task, "video0"),
      result_image_url: mediaUrl(ctx, task, "poster0"),
    },
    taskId: task.id,
  };
}
