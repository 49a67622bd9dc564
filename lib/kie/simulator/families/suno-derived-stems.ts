import { randomUUID } from "node:crypto";
import { kieSuccess, readJsonObject } from "../envelope";
import { flagsFrom, newTaskId, requireCredits, startTask } from "../lifecycle";
import { seedFrom } from "../media/random";
import { SPLIT_STEM_KEYS, STEM_KINDS, stemAudioSpec, stemKeysFor } from "../media/stems";
import { durationOf } from "../media/wav";
import { type SimContext, taskMediaUrl } from "../state";
import type { MediaSpec, SimTask, Stage } from "../types";
import { optionalEnum } from "../validate";
import {
  completedAtMs,
  derivedStages,
  derivedTask,
  inheritedFlags,
  phaseOf,
  requireCallBackUrl,
  requireSourceTrack,
} from "./suno-derived-common";

export const VOCAL_CHARGE = 5;
const TYPES = ["separate_vocal", "split_stem"] as const;

/** One separated stem, kept on the task: its id is what MIDI takes as `audioId`. */
export type SimStem = { id: string; key: string; name: string; suffix: string; duration: number };

/** POST /api/v1/vocal-removal/generate {taskId, audioId, type, callBackUrl} (REFERENCE §6.11). */
export async function sunoVocalCreate(req: Request, ctx: SimContext): Promise<Response> {
  const body = await readJsonObject(req);
  const callBackUrl = requireCallBackUrl(body);
  const type = optionalEnum(body, "type", TYPES) ?? "separate_vocal";
  const src = requireSourceTrack(ctx, body);
  requireCredits(ctx, VOCAL_CHARGE);
  const id = newTaskId();
  const media: Record<string, MediaSpec> = {};
  const stems: SimStem[] = stemKeysFor(type, `${id}:${src.track.id}`, src.track.lyrics === "").map(
    (key, i) => {
      // Media keys are `<letters><digits>` (media-urls.ts), so stems are numbered, not named.
      const suffix = `stem${i}`;
      media[suffix] = stemAudioSpec(src.audio, key, i);
      return {
        id: randomUUID(),
        key,
        name: STEM_KINDS[key].name,
        suffix,
        duration: durationOf(src.audio.sampleCount),
      };
    },
  );
  const flags = inheritedFlags(src.task, flagsFrom(""));
  const task = derivedTask({
    id,
    family: "suno-vocal",
    model: src.task.model,
    request: body,
    callBackUrl,
    flags,
    charge: VOCAL_CHARGE,
    stages: derivedStages(ctx, { done: 15_000 }, flags),
    media,
    results: stems.map((s) => s.suffix),
    extra: { sourceTaskId: src.task.id, audioId: src.track.id, musicIndex: src.index, type, stems },
  });
  startTask(ctx, task);
  return kieSuccess({ taskId: task.id });
}

export function stemsOf(task: SimTask): SimStem[] {
  return Array.isArray(task.extra?.stems) ? (task.extra.stems as SimStem[]) : [];
}

/** §6.11 record: STRING successFlag, epoch-ms times, one camelCase URL per stem and `originData`. */
export function vocalRecord(ctx: SimContext, task: SimTask, now: number): Record<string, unknown> {
  const phase = phaseOf(task, now);
  const failed = phase === "failed";
  const stems = stemsOf(task);
  let response: Record<string, unknown> | null = null;
  if (phase === "success") {
    response = { id: null, originUrl: null, originData: stems.map((s) => originItem(ctx, task, s)) };
    for (const kind of Object.values(STEM_KINDS)) response[kind.camel] = null;
    for (const stem of stems) response[STEM_KINDS[stem.key].camel] = stemUrl(ctx, task, stem);
  }
  return {
    taskId: task.id,
    musicId: task.extra?.audioId,
    callbackUrl: task.callBackUrl,
    musicIndex: task.extra?.musicIndex,
    completeTime: completedAtMs(task, phase),
    response,
    successFlag: failed ? "GENERATE_AUDIO_FAILED" : phase === "success" ? "SUCCESS" : "PENDING",
    createTime: task.createdAt,
    errorCode: failed ? 500 : null,
    errorMessage: failed ? "Vocal separation failed" : null,
  };
}

/**
 * Callbacks use the English docs' `vocal_separation_info` for some tasks and the Chinese docs'
 * `vocal_removal_info` for others (REFERENCE §15.10), so clients meet both names.
 */
export function vocalCallback(ctx: SimContext, task: SimTask, stage: Stage): unknown {
  const legacy = seedFrom("vocal-callback-key", task.id) % 2 === 1;
  const infoKey = legacy ? "vocal_removal_info" : "vocal_separation_info";
  if (stage.name === "error")
    return { code: 500, msg: "Vocal separation failed", data: { task_id: task.id, [infoKey]: null } };
  if (stage.name !== "complete") return null;
  const stems = stemsOf(task);
  const info: Record<string, unknown> = { origin_url: "" };
  if (task.extra?.type === "split_stem")
    for (const key of SPLIT_STEM_KEYS) info[STEM_KINDS[key].snake] = null;
  for (const stem of stems) info[STEM_KINDS[stem.key].snake] = stemUrl(ctx, task, stem);
  return {
    code: 200,
    msg: legacy ? "vocal Removal generated successfully." : "vocal separation generated successfully.",
    data: { task_id: task.id, [infoKey]: info },
  };
}

function originItem(ctx: SimContext, task: SimTask, stem: SimStem): Record<string, unknown> {
  return {
    duration: stem.duration,
    audio_url: stemUrl(ctx, task, stem),
    stem_type_group_name: stem.name,
    id: stem.id,
  };
}

function stemUrl(ctx: SimContext, task: SimTask, stem: SimStem): string {
  return taskMediaUrl(ctx, task.id, stem.suffix, task.media[stem.suffix]);
}
