import { invalid, isRecord, kieJson, kieSuccess, readJsonObject } from "../envelope";
import { advance, flagsFrom, newTaskId, requireCredits, startTask } from "../lifecycle";
import { type FieldRule, MARKET_MODELS, type MarketInput } from "../models";
import { type SimContext, scaled } from "../state";
import type { MediaSpec, SimTask } from "../types";
import {
  optionalBoolean,
  optionalEnum,
  optionalNumber,
  optionalString,
  optionalStringArray,
  requiredBoolean,
  requiredEnum,
  requiredString,
} from "../validate";
import { marketRecord } from "./market-view";

/** POST /api/v1/jobs/createTask {model, input, callBackUrl?} → {taskId, recordId} (live shape). */
export async function marketCreateTask(req: Request, ctx: SimContext): Promise<Response> {
  const body = await readJsonObject(req);
  const modelId = requiredString(body, "model", 200);
  const model = MARKET_MODELS[modelId];
  if (!model) throw invalid(`model ${modelId} is not supported`);
  if (!isRecord(body.input)) throw invalid("input cannot be null");
  const input = body.input;
  for (const [key, rule] of Object.entries(model.fields)) checkField(input, key, rule);
  model.check?.(input);
  const callBackUrl = optionalString(body, "callBackUrl", 2048)?.trim() || null;
  const charge = model.charge(input);
  requireCredits(ctx, charge);

  const id = newTaskId();
  const flags = flagsFrom(
    model.markerText?.(input) ?? (typeof input.prompt === "string" ? input.prompt : ""),
  );
  const media: Record<string, MediaSpec> = {};
  const results = model.outputs(input, id).map((spec, index) => {
    media[`out${index}`] = spec;
    return `out${index}`;
  });
  const waiting = scaled(ctx, model.timing.waiting, flags.slow);
  const done = scaled(ctx, model.timing.waiting + model.timing.generating, flags.slow);
  const task: SimTask = {
    id,
    family: "market",
    model: model.id,
    createdAt: Date.now(),
    request: { model: model.id, input, ...(callBackUrl ? { callBackUrl } : {}) },
    callBackUrl,
    flags,
    charge,
    stages: [
      { name: "generating", at: waiting, outcome: "progress" },
      { name: "done", at: done, outcome: flags.fail ? "fail" : "success" },
    ],
    reached: [],
    media,
    results,
    tracks: [],
    ...(model.resultObject ? { extra: { resultObject: model.resultObject(input, id) } } : {}),
  };
  startTask(ctx, task);
  return kieSuccess({ taskId: id, recordId: id });
}

/** GET /api/v1/jobs/recordInfo?taskId= — unknown ids answer code 404 "Task not found" (documented). */
export async function marketRecordInfo(_req: Request, ctx: SimContext, url: URL): Promise<Response> {
  const taskId = url.searchParams.get("taskId")?.trim() ?? "";
  if (!taskId) throw invalid("taskId cannot be blank");
  const task = ctx.tasks.get(taskId);
  if (task?.family !== "market") return kieJson(404, "Task not found");
  const now = Date.now();
  advance(ctx, task, now);
  return kieSuccess(marketRecord(ctx, task, now));
}

function checkField(input: MarketInput, key: string, rule: FieldRule): void {
  switch (rule.type) {
    case "string":
      if (rule.required) requiredString(input, key, rule.max);
      else optionalString(input, key, rule.max);
      return;
    case "enum":
      if (rule.required) requiredEnum(input, key, rule.values);
      else optionalEnum(input, key, rule.values);
      return;
    case "boolean":
      if (rule.required) requiredBoolean(input, key);
      else optionalBoolean(input, key);
      return;
    case "number": {
      const value = optionalNumber(input, key, rule);
      if (rule.required && value === undefined) throw invalid(`${key} cannot be null`);
      return;
    }
    case "urls": {
      const urls = optionalStringArray(input, key, rule.max);
      if (rule.required && (!urls || urls.length === 0)) throw invalid(`${key} cannot be empty`);
      return;
    }
  }
}
