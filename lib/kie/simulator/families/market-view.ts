import { completedAt, currentStage } from "../stages";
import { type SimContext, taskMediaUrl } from "../state";
import type { SimTask, Stage } from "../types";

export const MARKET_FAILURE = { failCode: "500", failMsg: "Internal server error" };

function resultUrls(ctx: SimContext, task: SimTask): string[] {
  return task.results.map((suffix) => taskMediaUrl(ctx, task.id, suffix, task.media[suffix]));
}

/** Media models answer `{resultUrls}`; text-type models (speech-to-text) `{resultObject}`. */
function successResult(ctx: SimContext, task: SimTask): Record<string, unknown> {
  const object = task.extra?.resultObject;
  return object ? { resultObject: object } : { resultUrls: resultUrls(ctx, task) };
}

function stateOf(task: SimTask, now: number): "waiting" | "generating" | "success" | "fail" {
  const stage = currentStage(task, now);
  if (!stage) return "waiting";
  if (stage.outcome === "success") return "success";
  if (stage.outcome === "fail") return "fail";
  return "generating";
}

function inputOf(task: SimTask): unknown {
  return task.request.input;
}

/** Today's live §5.2 shape: `param` double-encodes `input`; success adds an object `response`. */
export function marketRecord(ctx: SimContext, task: SimTask, now: number): Record<string, unknown> {
  const state = stateOf(task, now);
  const done = state === "success" || state === "fail";
  const completeTime = completedAt(task, now);
  const param = JSON.stringify({ input: JSON.stringify(inputOf(task)), model: task.model });
  const result = state === "success" ? successResult(ctx, task) : null;
  const record: Record<string, unknown> = {
    taskId: task.id,
    model: task.model,
    state,
    param,
    resultJson: result ? JSON.stringify(result) : "",
    failCode: state === "fail" ? MARKET_FAILURE.failCode : null,
    failMsg: state === "fail" ? MARKET_FAILURE.failMsg : null,
    costTime: done && completeTime !== null ? Math.round((completeTime - task.createdAt) / 1000) : null,
    completeTime: done ? completeTime : null,
    createTime: task.createdAt,
    creditsConsumed: state === "generating" || state === "success" ? task.charge : 0,
    operationType: task.model,
  };
  if (result) record.response = result;
  record.successFlag = state === "success" ? 1 : state === "fail" ? 2 : 0;
  record.paramJson = param;
  return record;
}

/** §5.3: the record with billing fields; `param` here keeps `input` as an object, as in Kie's docs. */
export function marketCallback(ctx: SimContext, task: SimTask, stage: Stage): unknown {
  if (stage.outcome === "progress") return null;
  const completeTime = task.createdAt + stage.at;
  const param = JSON.stringify({ callBackUrl: task.callBackUrl, model: task.model, input: inputOf(task) });
  const common = {
    completeTime,
    costTime: Math.round(stage.at / 1000),
    createTime: task.createdAt,
    model: task.model,
    param,
    remainedCredits: ctx.credits.balance,
    taskId: task.id,
    updateTime: completeTime,
  };
  if (stage.outcome === "fail") {
    return {
      code: 501,
      msg: "Playground task failed.",
      data: { ...common, consumeCredits: 0, ...MARKET_FAILURE, state: "fail" },
    };
  }
  return {
    code: 200,
    msg: "Playground task completed successfully.",
    data: {
      ...common,
      consumeCredits: task.charge,
      resultJson: JSON.stringify(successResult(ctx, task)),
      state: "success",
    },
  };
}
