import { completedAt, currentStage } from "../stages";
import { type SimContext, taskMediaUrl } from "../state";
import type { SimTask, Stage } from "../types";
import { withoutCallback } from "./gpt4o-view";

/** §10.3: generation failures are code 501 with empty-string URLs in `info`. */
export const FLUX_FAILURE = { code: 501, msg: "Image generation task failed" };

function resultUrl(ctx: SimContext, task: SimTask): string {
  const suffix = task.results[0];
  return taskMediaUrl(ctx, task.id, suffix, task.media[suffix]);
}

function isoOrNull(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString();
}

/** The §10.2 record: integer successFlag 0/1/3, `response` with both URLs, ISO times as in the docs. */
export function fluxRecord(ctx: SimContext, task: SimTask, now: number): Record<string, unknown> {
  const stage = currentStage(task, now);
  const done = stage !== null && stage.outcome !== "progress";
  const failed = stage?.outcome === "fail";
  const url = done && !failed ? resultUrl(ctx, task) : null;
  return {
    taskId: task.id,
    paramJson: JSON.stringify(withoutCallback(task.request)),
    completeTime: isoOrNull(completedAt(task, now)),
    response: url ? { originImageUrl: url, resultImageUrl: url } : null,
    successFlag: !done ? 0 : failed ? 3 : 1,
    errorCode: failed ? FLUX_FAILURE.code : null,
    errorMessage: failed ? FLUX_FAILURE.msg : "",
    createTime: new Date(task.createdAt).toISOString(),
  };
}

/** §10.3: camelCase `info`; success message "BFL image generated successfully.". */
export function fluxCallback(ctx: SimContext, task: SimTask, stage: Stage): unknown {
  if (stage.outcome === "progress") return null;
  if (stage.outcome === "fail") {
    return {
      code: FLUX_FAILURE.code,
      msg: FLUX_FAILURE.msg,
      data: { taskId: task.id, info: { originImageUrl: "", resultImageUrl: "" } },
    };
  }
  const url = resultUrl(ctx, task);
  return {
    code: 200,
    msg: "BFL image generated successfully.",
    data: { taskId: task.id, info: { originImageUrl: url, resultImageUrl: url } },
  };
}
