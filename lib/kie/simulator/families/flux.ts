import { invalid, kieJson, kieSuccess, readJsonObject } from "../envelope";
import { advance, flagsFrom, newTaskId, requireCredits, startTask } from "../lifecycle";
import { dimensionsFor } from "../models";
import { type SimContext, scaled } from "../state";
import type { SimTask } from "../types";
import { optionalBoolean, optionalEnum, optionalNumber, optionalString, requiredString } from "../validate";
import { fluxRecord } from "./flux-view";

const RATIOS = ["21:9", "16:9", "4:3", "1:1", "3:4", "9:16"] as const;
const MODELS = ["flux-kontext-pro", "flux-kontext-max"] as const;
/** §13: E lists 50 (pro) / 100 (max); unverified, but the simulator charges it consistently. */
export const FLUX_CREDITS = { "flux-kontext-pro": 50, "flux-kontext-max": 100 } as const;
const WAITING_MS = 1_000;
const GENERATION_MS = 7_000;

/** POST /api/v1/flux/kontext/generate — §10.1; `inputImage` switches to edit (safetyTolerance 0–2). */
export async function fluxGenerate(req: Request, ctx: SimContext): Promise<Response> {
  const body = await readJsonObject(req);
  const prompt = requiredString(body, "prompt", 5000);
  const inputImage = optionalString(body, "inputImage", 2048)?.trim() || undefined;
  if (inputImage && !/^https?:\/\//i.test(inputImage)) throw invalid("inputImage must be a valid URL");
  const aspectRatio = optionalEnum(body, "aspectRatio", RATIOS) ?? "16:9";
  const outputFormat = optionalEnum(body, "outputFormat", ["jpeg", "png"] as const) ?? "jpeg";
  const model = optionalEnum(body, "model", MODELS) ?? "flux-kontext-pro";
  optionalNumber(body, "safetyTolerance", { min: 0, max: inputImage ? 2 : 6, integer: true });
  optionalBoolean(body, "enableTranslation");
  optionalBoolean(body, "promptUpsampling");
  optionalBoolean(body, "uploadCn");
  optionalString(body, "watermark", 200);
  const callBackUrl = optionalString(body, "callBackUrl", 2048)?.trim() || null;

  const charge = FLUX_CREDITS[model];
  requireCredits(ctx, charge);
  const id = newTaskId();
  const flags = flagsFrom(prompt);
  const task: SimTask = {
    id,
    family: "flux",
    model,
    createdAt: Date.now(),
    request: body,
    callBackUrl,
    flags,
    charge,
    stages: [
      { name: "generating", at: scaled(ctx, WAITING_MS, flags.slow), outcome: "progress" },
      {
        name: "done",
        at: scaled(ctx, WAITING_MS + GENERATION_MS, flags.slow),
        outcome: flags.fail ? "fail" : "success",
      },
    ],
    reached: [],
    media: {
      img0: {
        kind: "image",
        prompt,
        seed: id,
        variant: 0,
        ...dimensionsFor(aspectRatio, 1024),
        format: outputFormat,
        label: inputImage ? "Flux Kontext edit" : undefined,
      },
    },
    results: ["img0"],
    tracks: [],
  };
  startTask(ctx, task);
  return kieSuccess({ taskId: id });
}

/** GET /api/v1/flux/kontext/record-info?taskId= — unknown ids answer 422 (live behaviour, §15.14). */
export async function fluxRecordInfo(_req: Request, ctx: SimContext, url: URL): Promise<Response> {
  const taskId = url.searchParams.get("taskId")?.trim() ?? "";
  if (!taskId) throw invalid("taskId cannot be blank");
  const task = ctx.tasks.get(taskId);
  if (task?.family !== "flux") return kieJson(422, "The record does not exist");
  const now = Date.now();
  advance(ctx, task, now);
  return kieSuccess(fluxRecord(ctx, task, now));
}
