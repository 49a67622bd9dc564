import { completedAt, currentStage, terminalStage } from "../stages";
import { type SimContext, taskMediaUrl } from "../state";
import type { SimTask, Stage } from "../types";

export const GPT4O_FAILURE = {
  code: 400,
  msg: "Your content was flagged by OpenAI as violating content policies",
};

export function resultUrls(ctx: SimContext, task: SimTask): string[] {
  return task.results.map((suffix) => taskMediaUrl(ctx, task.id, suffix, task.media[suffix]));
}

/** The §9.2 record: integer successFlag, status string and a rising progress string. */
export function gpt4oRecord(ctx: SimContext, task: SimTask, now: number): Record<string, unknown> {
  const stage = currentStage(task, now);
  const done = stage !== null && stage.outcome !== "progress";
  const failed = stage?.outcome === "fail";
  const total = terminalStage(task).at;
  const ratio = total <= 0 ? 1 : Math.min(0.99, Math.max(0, (now - task.createdAt) / total));
  return {
    taskId: task.id,
    paramJson: JSON.stringify(withoutCallback(task.request)),
    completeTime: completedAt(task, now),
    response: done && !failed ? { resultUrls: resultUrls(ctx, task) } : null,
    successFlag: !done ? 0 : failed ? 2 : 1,
    status: !done ? "GENERATING" : failed ? "GENERATE_FAILED" : "SUCCESS",
    errorCode: failed ? GPT4O_FAILURE.code : null,
    errorMessage: failed ? GPT4O_FAILURE.msg : done ? "" : null,
    createTime: task.createdAt,
    progress: done && !failed ? "1.00" : ratio.toFixed(2),
  };
}

/** §9.3: snake `result_urls` inside `info`; failures carry `info: null`. */
export function gpt4oCallback(ctx: SimContext, task: SimTask, stage: Stage): unknown {
  if (stage.outcome === "progress") return null;
  if (stage.outcome === "fail") {
    return { code: GPT4O_FAILURE.code, msg: GPT4O_FAILURE.msg, data: { taskId: task.id, info: null } };
  }
  return {
    code: 200,
    msg: "success",
    data: { taskId: task.id, info: { result_urls: resultUrls(ctx, task) } },
  };
}

export function withoutCallback(request: Record<string, unknown>): Record<string, unknown> {
  const { callBackUrl: _omitted, ...rest } = request;
  return rest;
}
