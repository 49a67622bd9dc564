import { InputError, invalid, kieJson, kieSuccess, readJsonObject } from "../envelope";
import { advance, flagsFrom, newTaskId, requireCredits, startTask } from "../lifecycle";
import { freshMediaUrl, resolveMediaUrl } from "../media-urls";
import { type SimContext, scaled } from "../state";
import type { MediaSpec, SimTask } from "../types";
import {
  optionalBoolean,
  optionalEnum,
  optionalString,
  optionalStringArray,
  requiredEnum,
} from "../validate";
import { gpt4oRecord } from "./gpt4o-view";

export const GPT4O_CREDITS_PER_IMAGE = 6;
const GENERATION_MS = 6_000;
const SIZES = {
  "1:1": { width: 1024, height: 1024 },
  "3:2": { width: 1024, height: 683 },
  "2:3": { width: 683, height: 1024 },
} as const;

/** POST /api/v1/gpt4o-image/generate */
export async function gpt4oGenerate(req: Request, ctx: SimContext): Promise<Response> {
  const body = await readJsonObject(req);
  const prompt = optionalString(body, "prompt", 5000) ?? "";
  const filesUrl = optionalStringArray(body, "filesUrl", 5) ?? [];
  if (prompt.trim() === "" && filesUrl.length === 0)
    throw invalid("prompt and filesUrl cannot both be empty");
  const size = requiredEnum(body, "size", Object.keys(SIZES) as Array<keyof typeof SIZES>);
  const nVariants = body.nVariants ?? 1;
  if (nVariants !== 1 && nVariants !== 2 && nVariants !== 4)
    throw invalid("nVariants must be one of: 1, 2, 4");
  optionalString(body, "maskUrl", 2048);
  optionalString(body, "fileUrl", 2048);
  const callBackUrl = optionalString(body, "callBackUrl", 2048);
  optionalBoolean(body, "isEnhance");
  optionalBoolean(body, "uploadCn");
  optionalBoolean(body, "enableFallback");
  optionalEnum(body, "fallbackModel", ["GPT_IMAGE_1", "FLUX_MAX"] as const);

  const charge = GPT4O_CREDITS_PER_IMAGE * nVariants;
  requireCredits(ctx, charge);
  const id = newTaskId();
  const flags = flagsFrom(prompt);
  const media: Record<string, MediaSpec> = {};
  const results: string[] = [];
  for (let variant = 0; variant < nVariants; variant++) {
    media[`img${variant}`] = { kind: "image", prompt, seed: id, variant, ...SIZES[size], format: "png" };
    results.push(`img${variant}`);
  }
  const task: SimTask = {
    id,
    family: "gpt4o",
    model: "gpt4o-image",
    createdAt: Date.now(),
    request: body,
    callBackUrl: callBackUrl?.trim() || null,
    flags,
    charge,
    stages: [
      { name: "done", at: scaled(ctx, GENERATION_MS, flags.slow), outcome: flags.fail ? "fail" : "success" },
    ],
    reached: [],
    media,
    results,
    tracks: [],
  };
  startTask(ctx, task);
  return kieSuccess({ taskId: id });
}

/** GET /api/v1/gpt4o-image/record-info?taskId= — unknown ids answer 422 (live behaviour). */
export async function gpt4oRecordInfo(_req: Request, ctx: SimContext, url: URL): Promise<Response> {
  const taskId = url.searchParams.get("taskId")?.trim() ?? "";
  if (!taskId) throw invalid("taskId cannot be blank");
  const task = ctx.tasks.get(taskId);
  if (task?.family !== "gpt4o") return kieJson(422, "The record does not exist");
  const now = Date.now();
  advance(ctx, task, now);
  return kieSuccess(gpt4oRecord(ctx, task, now));
}

/** POST /api/v1/gpt4o-image/download-url {taskId, url} → a fresh 20-minute link as a plain string. */
export async function gpt4oDownloadUrl(req: Request, ctx: SimContext): Promise<Response> {
  const body = await readJsonObject(req);
  const taskId = typeof body.taskId === "string" ? body.taskId.trim() : "";
  const task = taskId ? ctx.tasks.get(taskId) : undefined;
  if (task?.family !== "gpt4o") throw new InputError(422, "record is null");
  const url = typeof body.url === "string" ? body.url : "";
  const resolved = await resolveMediaUrl(ctx, url);
  if (!resolved || resolved.taskId !== task.id) throw invalid("url is wrong");
  return kieSuccess(freshMediaUrl(ctx, resolved.key));
}
