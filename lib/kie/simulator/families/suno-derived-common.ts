import { invalid, kieSuccess } from "../envelope";
import { advance } from "../lifecycle";
import { type SimContext, scaled } from "../state";
import type { AudioSpec, Family, MediaSpec, SimTask, Stage, SunoTrack } from "../types";
import { requiredString } from "../validate";
import { sunoStatus } from "./suno-view";

export const RECORD_MISSING = "Record does not exist";

/** Kie's live answer when a Suno create lacks its callback URL (REFERENCE §1.2). */
export function requireCallBackUrl(body: Record<string, unknown>): string {
  const url = body.callBackUrl;
  if (typeof url !== "string" || url.trim() === "") throw invalid("Please enter callBackUrl.");
  return url.trim();
}

/** A Suno music task (generate, extend, covers…) that reached SUCCESS, or undefined. */
export function finishedSunoTask(ctx: SimContext, taskId: string): SimTask | undefined {
  const task = ctx.tasks.get(taskId);
  if (task?.family !== "suno") return undefined;
  const now = Date.now();
  advance(ctx, task, now);
  return sunoStatus(task, now) === "SUCCESS" ? task : undefined;
}

export type SourceTrack = { task: SimTask; track: SunoTrack; index: number; audio: AudioSpec };

/** `taskId` + `audioId` must name a finished track, else Kie's live 422 "Record does not exist". */
export function requireSourceTrack(ctx: SimContext, body: Record<string, unknown>): SourceTrack {
  const taskId = requiredString(body, "taskId", 128);
  const audioId = requiredString(body, "audioId", 128);
  const task = finishedSunoTask(ctx, taskId);
  const index = task?.tracks.findIndex((t) => t.id === audioId) ?? -1;
  if (!task || index < 0) throw invalid(RECORD_MISSING);
  const track = task.tracks[index];
  const audio = task.media[track.audio];
  if (audio?.kind !== "audio") throw invalid(RECORD_MISSING);
  return { task, track, index, audio };
}

/** A derived task finished as a success (its terminal stage ran and was not a failure). */
export function succeeded(ctx: SimContext, task: SimTask): boolean {
  advance(ctx, task);
  const last = task.stages.at(-1);
  return !!last && last.outcome === "success" && task.reached.includes(last.name);
}

/** Tasks of `family` whose `extra` matches every given key (cover-per-task and WAV-per-track rules). */
export function findDerived(
  ctx: SimContext,
  family: Family,
  match: Record<string, unknown>,
): SimTask | undefined {
  for (const task of ctx.tasks.values()) {
    if (task.family !== family) continue;
    const last = task.stages.at(-1);
    if (last?.outcome === "fail") continue;
    if (Object.entries(match).every(([k, v]) => task.extra?.[k] === v)) return task;
  }
  return undefined;
}

export type Timeline = { generating?: number; done: number };

/** Stages of a derived task: an optional visible "generating" step, then `complete` or `error`. */
export function derivedStages(ctx: SimContext, timeline: Timeline, flags: SimTask["flags"]): Stage[] {
  const stages: Stage[] = [];
  if (timeline.generating !== undefined)
    stages.push({
      name: "generating",
      at: scaled(ctx, timeline.generating, flags.slow),
      outcome: "progress",
    });
  stages.push(
    flags.fail
      ? { name: "error", at: scaled(ctx, timeline.done, flags.slow), outcome: "fail" }
      : { name: "complete", at: scaled(ctx, timeline.done, flags.slow), outcome: "success" },
  );
  return stages;
}

export type DerivedTaskInit = {
  id: string;
  family: Family;
  model: string;
  request: Record<string, unknown>;
  callBackUrl: string;
  flags: SimTask["flags"];
  charge: number;
  stages: Stage[];
  media?: Record<string, MediaSpec>;
  results?: string[];
  extra: Record<string, unknown>;
};

export function derivedTask(init: DerivedTaskInit): SimTask {
  return {
    ...init,
    createdAt: Date.now(),
    reached: [],
    media: init.media ?? {},
    results: init.results ?? [],
    tracks: [],
  };
}

/** A source with `[sim:slow]`/`[sim:dup-callback]` passes them on; failure is the task's own. */
export function inheritedFlags(source: SimTask | undefined, own: SimTask["flags"]): SimTask["flags"] {
  return {
    slow: own.slow || !!source?.flags.slow,
    fail: own.fail,
    duplicateCallbacks: own.duplicateCallbacks || !!source?.flags.duplicateCallbacks,
  };
}

export type DerivedPhase = "pending" | "generating" | "success" | "failed";

export function phaseOf(task: SimTask, now: number): DerivedPhase {
  let phase: DerivedPhase = "pending";
  for (const stage of task.stages) {
    if (stage.at > now - task.createdAt) break;
    phase = stage.outcome === "success" ? "success" : stage.outcome === "fail" ? "failed" : "generating";
  }
  return phase;
}

/** Epoch ms of the terminal stage once reached, else null. */
export function completedAtMs(task: SimTask, phase: DerivedPhase): number | null {
  const last = task.stages.at(-1);
  return last && (phase === "success" || phase === "failed") ? task.createdAt + last.at : null;
}

/**
 * GET …/record-info?taskId= for one derived family. Unknown ids answer code 200 with `data: null`,
 * as Suno's generate and lyrics record-info do live.
 */
export function recordInfoHandler(
  family: Family,
  view: (ctx: SimContext, task: SimTask, now: number) => Record<string, unknown>,
) {
  return async (_req: Request, ctx: SimContext, url: URL): Promise<Response> => {
    const taskId = url.searchParams.get("taskId")?.trim() ?? "";
    if (!taskId) throw invalid("taskId cannot be blank");
    const task = ctx.tasks.get(taskId);
    if (task?.family !== family) return kieSuccess(null);
    const now = Date.now();
    advance(ctx, task, now);
    return kieSuccess(view(ctx, task, now));
  };
}
