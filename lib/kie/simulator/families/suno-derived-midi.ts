import { invalid, kieSuccess, readJsonObject } from "../envelope";
import { flagsFrom, newTaskId, requireCredits, startTask } from "../lifecycle";
import { type SimInstrument, transcribeStems } from "../media/midi-notes";
import type { SimContext } from "../state";
import type { SimTask, Stage } from "../types";
import { optionalString, requiredString } from "../validate";
import {
  completedAtMs,
  derivedStages,
  derivedTask,
  inheritedFlags,
  phaseOf,
  RECORD_MISSING,
  requireCallBackUrl,
  succeeded,
} from "./suno-derived-common";
import { stemsOf } from "./suno-derived-stems";

export const MIDI_CHARGE = 5;

/**
 * POST /api/v1/midi/generate {taskId, callBackUrl, audioId?}: `taskId` is a finished vocal
 * separation; `audioId`, when given, one of its stems (REFERENCE §6.11).
 */
export async function sunoMidiCreate(req: Request, ctx: SimContext): Promise<Response> {
  const body = await readJsonObject(req);
  const callBackUrl = requireCallBackUrl(body);
  const taskId = requiredString(body, "taskId", 128);
  const audioId = optionalString(body, "audioId", 128)?.trim() || undefined;
  const source = ctx.tasks.get(taskId);
  if (source?.family !== "suno-vocal" || !succeeded(ctx, source)) throw invalid(RECORD_MISSING);
  const stems = stemsOf(source).filter((s) => !audioId || s.id === audioId);
  if (stems.length === 0) throw invalid(RECORD_MISSING);
  requireCredits(ctx, MIDI_CHARGE);
  const flags = inheritedFlags(source, flagsFrom(""));
  const task = derivedTask({
    id: newTaskId(),
    family: "suno-midi",
    model: source.model,
    request: body,
    callBackUrl,
    flags,
    charge: MIDI_CHARGE,
    stages: derivedStages(ctx, { done: 12_000 }, flags),
    extra: {
      sourceTaskId: source.id,
      audioId: audioId ?? null,
      stems: stems.map((s) => ({ key: s.key, id: s.id, duration: s.duration })),
    },
  });
  startTask(ctx, task);
  return kieSuccess({ taskId: task.id });
}

function instrumentsOf(task: SimTask): SimInstrument[] {
  const stems = Array.isArray(task.extra?.stems)
    ? (task.extra.stems as Array<{ key: string; id: string; duration: number }>)
    : [];
  return transcribeStems(String(task.extra?.sourceTaskId), stems);
}

/** §6.11 record: INTEGER successFlag 0 → 1 (3 = MIDI failed), notes under `midiData`. */
export function midiRecord(_ctx: SimContext, task: SimTask, now: number): Record<string, unknown> {
  const phase = phaseOf(task, now);
  const failed = phase === "failed";
  return {
    taskId: task.id,
    recordTaskId: -1,
    audioId: task.extra?.audioId ?? null,
    callbackUrl: task.callBackUrl,
    completeTime: completedAtMs(task, phase),
    midiData: phase === "success" ? { state: "complete", instruments: instrumentsOf(task) } : null,
    successFlag: failed ? 3 : phase === "success" ? 1 : 0,
    createTime: task.createdAt,
    errorCode: failed ? 500 : null,
    errorMessage: failed ? "MIDI generation failed" : null,
  };
}

/** The callback sends every other note's `end` as a string, as Kie's docs show. */
export function midiCallback(_ctx: SimContext, task: SimTask, stage: Stage): unknown {
  if (stage.name === "error") return { code: 500, msg: "MIDI generation failed", data: { taskId: task.id } };
  if (stage.name !== "complete") return null;
  const instruments = instrumentsOf(task).map((instrument) => ({
    name: instrument.name,
    notes: instrument.notes.map((n, i) => (i % 2 === 0 ? { ...n, end: String(n.end) } : n)),
  }));
  return { code: 200, msg: "success", data: { taskId: task.id, state: "complete", instruments } };
}
