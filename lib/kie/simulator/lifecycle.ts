import { randomBytes } from "node:crypto";
import { InputError } from "./envelope";
import { fluxCallback } from "./families/flux-view";
import { gpt4oCallback } from "./families/gpt4o-view";
import { marketCallback } from "./families/market-view";
import { isSunoDerivedFamily, sunoDerivedCallback } from "./families/suno-derived-view";
import { sunoCallback } from "./families/suno-view";
import { isVideoFamily, videoCallback } from "./families/video-callbacks";
import type { SimContext } from "./state";

import type { SimTask, Stage } from "./types";

export function newTaskId(): string {
  return randomBytes(16).toString("hex");
}

/** Prompt markers that steer a single task (see README). */
export function flagsFrom(text: string): SimTask["flags"] {
  return {
    slow: text.includes("[sim:slow]"),
    fail: text.includes("[sim:fail]"),
    duplicateCallbacks: text.includes("[sim:dup-callback]"),
    outOfOrder: text.includes("[sim:out-of-order]") || undefined,
  };
}

/** Kie refuses creates it cannot pay for with body code 402. */
export function requireCredits(ctx: SimContext, charge: number): void {
  if (ctx.credits.balance < charge) {
    throw new InputError(402, "The current credit balance is insufficient. Please top up.");
  }
}

export function startTask(ctx: SimContext, task: SimTask): void {
  ctx.tasks.put(task);
  ctx.active.add(task.id);
  ctx.counters.createsTotal += 1;
  schedule(ctx, task);
}

/** Re-arms the stage timers of a task restored from disk. */
export function resumeTask(ctx: SimContext, task: SimTask): void {
  ctx.active.add(task.id);
  advance(ctx, task);
  schedule(ctx, task);
}

export function isFinished(task: SimTask): boolean {
  const last = task.stages[task.stages.length - 1];
  return last !== undefined && task.reached.includes(last.name);
}

/**
 * Runs the side effects (charge, callback) of every stage that is due and has not run yet.
 * Called by stage timers and before every read, so polling and callbacks always agree and each
 * stage's effects happen exactly once.
 */
export function advance(ctx: SimContext, task: SimTask, now = Date.now()): void {
  let changed = false;
  for (const stage of task.stages) {
    if (stage.at > now - task.createdAt) break;
    if (task.reached.includes(stage.name)) continue;
    task.reached.push(stage.name);
    changed = true;
    if (stage.outcome === "success") ctx.credits.debit(task.charge);
    if (stage.outcome !== "progress") ctx.active.delete(task.id);
    if (task.callBackUrl && !ctx.closed) deliver(ctx, task, stage);
  }
  if (changed) ctx.tasks.save(task);
}

export function settleActive(ctx: SimContext): void {
  const now = Date.now();
  for (const id of [...ctx.active]) {
    const task = ctx.tasks.get(id);
    if (task) advance(ctx, task, now);
    else ctx.active.delete(id);
  }
}

function schedule(ctx: SimContext, task: SimTask): void {
  for (const stage of task.stages) {
    if (task.reached.includes(stage.name)) continue;
    const due = task.createdAt + stage.at;
    const timer = setTimeout(
      () => {
        ctx.timers.delete(timer);
        const current = ctx.tasks.get(task.id);
        if (current && !ctx.closed) advance(ctx, current, Math.max(Date.now(), due));
      },
      Math.max(0, due - Date.now()),
    );
    timer.unref?.();
    ctx.timers.add(timer);
  }
}

const heldCallbacks = new Map<string, Array<{ stage: string; payload: unknown }>>();

function deliver(ctx: SimContext, task: SimTask, stage: Stage): void {
  const payload = isVideoFamily(task.family)
    ? videoCallback(ctx, task, stage)
    : isSunoDerivedFamily(task.family)
      ? sunoDerivedCallback(ctx, task, stage)
      : task.family === "suno"
        ? sunoCallback(ctx, task, stage)
        : task.family === "gpt4o"
          ? gpt4oCallback(ctx, task, stage)
          : task.family === "flux"
            ? fluxCallback(ctx, task, stage)
            : marketCallback(ctx, task, stage);
  if (payload === null || !task.callBackUrl) return;
  if (task.flags.outOfOrder && stage.outcome === "progress") {
    // Held back and sent after the final callback, so the receiver sees progress after "done".
    const held = (heldCallbacks.get(task.id) ?? []).concat({ stage: stage.name, payload });
    heldCallbacks.set(task.id, held);
    return;
  }
  ctx.callbacks.send(task.callBackUrl, task.id, stage.name, payload);
  if (task.flags.duplicateCallbacks) ctx.callbacks.send(task.callBackUrl, task.id, stage.name, payload);
  for (const late of heldCallbacks.get(task.id) ?? [])
    ctx.callbacks.send(task.callBackUrl, task.id, late.stage, late.payload);
  heldCallbacks.delete(task.id);
}
