import { randomUUID } from "node:crypto";
import { invalid, kieSuccess, readJsonObject } from "../envelope";
import { advance, flagsFrom, newTaskId, requireCredits, startTask } from "../lifecycle";
import { createRng, seedFrom } from "../media/random";
import { durationOf, sampleCountFor } from "../media/wav";
import { type SimContext, scaled } from "../state";
import type { MediaSpec, SimTask, Stage, SunoTrack } from "../types";
import {
  optionalEnum,
  optionalNumber,
  optionalString,
  requiredBoolean,
  requiredEnum,
  requiredString,
} from "../validate";
import { lyricsFor, type SongRequest, tagsFor, titleFor } from "./suno-content";
import { sunoRecord } from "./suno-view";

export const SUNO_MODELS = ["V4", "V4_5", "V4_5PLUS", "V4_5ALL", "V5", "V5_5"] as const;
export const SUNO_GENERATE_CHARGE = 12;
/** Realistic stage times (ms) at timeScale 1. */
const TIMELINE = { text: 4_000, first: 10_000, complete: 18_000 };

/** POST /api/v1/generate */
export async function sunoGenerate(req: Request, ctx: SimContext): Promise<Response> {
  const body = await readJsonObject(req);
  const song = validateGenerate(body);
  requireCredits(ctx, SUNO_GENERATE_CHARGE);
  const task = buildTask(ctx, body, song);
  startTask(ctx, task);
  return kieSuccess({ taskId: task.id });
}

/** GET /api/v1/generate/record-info?taskId= — unknown ids answer code 200 with data null (live behaviour). */
export async function sunoRecordInfo(_req: Request, ctx: SimContext, url: URL): Promise<Response> {
  const taskId = url.searchParams.get("taskId")?.trim() ?? "";
  if (!taskId) throw invalid("taskId cannot be blank");
  const task = ctx.tasks.get(taskId);
  if (task?.family !== "suno") return kieSuccess(null);
  const now = Date.now();
  advance(ctx, task, now);
  return kieSuccess(sunoRecord(ctx, task, now));
}

type ValidSong = SongRequest & { model: string; callBackUrl: string };

function validateGenerate(body: Record<string, unknown>): ValidSong {
  const callBackUrl = requireCallBackUrl(body);
  const customMode = requiredBoolean(body, "customMode");
  const instrumental = requiredBoolean(body, "instrumental");
  const model = requiredEnum(body, "model", SUNO_MODELS);
  const v4 = model === "V4";
  let prompt: string;
  let style = "";
  let title = "";
  if (!customMode) {
    prompt = requiredString(body, "prompt", 500);
  } else {
    style = requiredString(body, "style", v4 ? 200 : 1000);
    title = requiredString(body, "title", 80);
    const promptLimit = v4 ? 3000 : 5000;
    prompt = instrumental
      ? (optionalString(body, "prompt", promptLimit) ?? "")
      : requiredString(body, "prompt", promptLimit);
  }
  optionalString(body, "negativeTags", 1000);
  optionalEnum(body, "vocalGender", ["m", "f"] as const);
  for (const weight of ["styleWeight", "weirdnessConstraint", "audioWeight"]) {
    optionalNumber(body, weight, { min: 0, max: 1 });
  }
  optionalString(body, "personaId", 200);
  const personaModel = optionalEnum(body, "personaModel", ["style_persona", "voice_persona"] as const);
  if (personaModel === "voice_persona" && model !== "V5" && model !== "V5_5") {
    throw invalid("personaModel voice_persona requires model V5 or V5_5");
  }
  return { customMode, instrumental, model, prompt, style, title, callBackUrl };
}

function buildTask(ctx: SimContext, body: Record<string, unknown>, song: ValidSong): SimTask {
  const id = newTaskId();
  const createdAt = Date.now();
  const flags = flagsFrom(`${song.prompt} ${song.style} ${song.title}`);
  const media: Record<string, MediaSpec> = {};
  const title = titleFor(song);
  const tags = tagsFor(song);
  const lyrics = lyricsFor(song);
  const tracks = takeDurations(id, song.prompt).map((sampleCount, take) =>
    addTrack(media, { taskId: id, take, createdAt, prompt: song.prompt, title, tags, lyrics, sampleCount }),
  );
  return {
    id,
    family: "suno",
    model: song.model,
    createdAt,
    request: body,
    callBackUrl: song.callBackUrl,
    flags,
    charge: SUNO_GENERATE_CHARGE,
    stages: sunoStages(ctx, flags),
    reached: [],
    media,
    results: [],
    tracks,
  };
}

/** text → first → complete, or text → error for `[sim:fail]`. */
export function sunoStages(ctx: SimContext, flags: SimTask["flags"]): Stage[] {
  const at = (ms: number) => scaled(ctx, ms, flags.slow);
  return flags.fail
    ? [
        { name: "text", at: at(TIMELINE.text), outcome: "progress" },
        { name: "error", at: at(TIMELINE.complete), outcome: "fail" },
      ]
    : [
        { name: "text", at: at(TIMELINE.text), outcome: "progress" },
        { name: "first", at: at(TIMELINE.first), outcome: "progress" },
        { name: "complete", at: at(TIMELINE.complete), outcome: "success" },
      ];
}

/** A task that fails before writing anything (bad source, unreachable upload): one `error` stage. */
export function sunoEarlyFailure(ctx: SimContext, flags: SimTask["flags"]): Stage[] {
  return [{ name: "error", at: scaled(ctx, TIMELINE.text, flags.slow), outcome: "fail" }];
}

export type TrackSpec = {
  taskId: string;
  take: number;
  createdAt: number;
  /** Seeds the synthesized audio. */
  prompt: string;
  title: string;
  tags: string;
  lyrics: string;
  sampleCount: number;
};

/** Registers a take's audio, stream and cover media on the task and returns its track. */
export function addTrack(media: Record<string, MediaSpec>, spec: TrackSpec): SunoTrack {
  const { taskId, take, title, tags, sampleCount } = spec;
  const audio: MediaSpec = {
    kind: "audio",
    prompt: spec.prompt,
    style: tags,
    seed: taskId,
    take,
    sampleCount,
  };
  media[`audio${take}`] = audio;
  media[`stream${take}`] = audio;
  media[`cover${take}`] = {
    kind: "image",
    prompt: tags,
    seed: taskId,
    variant: take,
    width: 512,
    height: 512,
    format: "png",
    label: title,
  };
  return {
    id: randomUUID(),
    title,
    tags,
    lyrics: spec.lyrics,
    duration: durationOf(sampleCount),
    createTime: formatKieTime(spec.createdAt),
    audio: `audio${take}`,
    stream: `stream${take}`,
    cover: `cover${take}`,
  };
}

/** Kie's live answer when a Suno create has no callback URL. */
export function requireCallBackUrl(body: Record<string, unknown>): string {
  const callBackUrl = body.callBackUrl;
  if (typeof callBackUrl !== "string" || callBackUrl.trim() === "")
    throw invalid("Please enter callBackUrl.");
  return callBackUrl;
}

/** Two takes of 24–40 s (whole 20 ms steps) that never share a length. */
export function takeDurations(taskId: string, prompt: string): [number, number] {
  const rng = createRng(seedFrom("durations", taskId, prompt));
  const first = sampleCountFor(rng.range(24, 40));
  let second = sampleCountFor(rng.range(24, 40));
  if (Math.abs(second - first) < sampleCountFor(1.5))
    second = first + sampleCountFor(first > 32 * 22050 ? -3 : 3);
  return [first, second];
}

/** "2025-01-01 00:00:00" (UTC), the format of Suno's examples. */
export function formatKieTime(epochMs: number): string {
  return new Date(epochMs).toISOString().replace("T", " ").slice(0, 19);
}
