import fs from "node:fs";
import path from "node:path";
import { CallbackSender } from "./callbacks";
import { FaultQueue } from "./faults";
import { MediaStore } from "./media/store";
import { SlidingWindowLimiter } from "./rate-limit";
import { CreditLedger, TaskStore } from "./task-store";
import type { MediaSpec, SimulatorOptions } from "./types";

export type ResolvedOptions = {
  basePath: string;
  publicBaseUrl: string;
  timeScale: number;
  hmacKey?: string;
  apiKey?: string;
  createLimit: { max: number; windowMs: number };
  initialCredits: number;
  fetchImpl: typeof fetch;
  mediaDir?: string;
};

export type Counters = {
  requests: Map<string, number>;
  createsTotal: number;
  throttled: number;
  callbacksSent: number;
  callbackFailures: number;
  callbacksByTask: Map<string, string[]>;
};

export type SimContext = {
  opts: ResolvedOptions;
  tasks: TaskStore;
  media: MediaStore;
  credits: CreditLedger;
  limiter: SlidingWindowLimiter;
  faults: FaultQueue;
  callbacks: CallbackSender;
  counters: Counters;
  /** Ids of tasks whose terminal stage has not run yet. */
  active: Set<string>;
  timers: Set<ReturnType<typeof setTimeout>>;
  /** Resolvers of requests held open by the `hang` fault. */
  hangs: Set<() => void>;
  /** Requests still being answered under a `delay` or `trickle` fault (hangs are `hangs.size`). */
  held: { delay: number; trickle: number };
  closed: boolean;
};

export function resolveOptions(opts: SimulatorOptions): ResolvedOptions {
  const basePath = opts.basePath.replace(/\/+$/, "");
  return {
    basePath: basePath === "" || basePath.startsWith("/") ? basePath : `/${basePath}`,
    publicBaseUrl: opts.publicBaseUrl.replace(/\/+$/, ""),
    timeScale: opts.timeScale !== undefined && opts.timeScale >= 0 ? opts.timeScale : 1,
    hmacKey: opts.hmacKey || undefined,
    apiKey: opts.apiKey || undefined,
    createLimit: opts.createLimit ?? { max: 20, windowMs: 10_000 },
    initialCredits: opts.initialCredits ?? 5000.5,
    fetchImpl: opts.fetchImpl ?? ((input, init) => fetch(input, init)),
    mediaDir: opts.mediaDir || undefined,
  };
}

export function createContext(opts: ResolvedOptions): SimContext {
  const counters = emptyCounters();
  return {
    opts,
    tasks: new TaskStore(opts.mediaDir),
    media: new MediaStore(opts.mediaDir),
    credits: new CreditLedger(opts.mediaDir, opts.initialCredits),
    limiter: new SlidingWindowLimiter(opts.createLimit.max, opts.createLimit.windowMs),
    faults: new FaultQueue(),
    callbacks: new CallbackSender(opts.fetchImpl, opts.hmacKey, opts.timeScale, {
      dispatched(taskId, stage) {
        counters.callbacksSent += 1;
        const list = counters.callbacksByTask.get(taskId) ?? [];
        list.push(stage);
        counters.callbacksByTask.set(taskId, list);
      },
      failedAttempt() {
        counters.callbackFailures += 1;
      },
    }),
    counters,
    active: new Set(),
    timers: new Set(),
    hangs: new Set(),
    held: { delay: 0, trickle: 0 },
    closed: false,
  };
}

function emptyCounters(): Counters {
  return {
    requests: new Map(),
    createsTotal: 0,
    throttled: 0,
    callbacksSent: 0,
    callbackFailures: 0,
    callbacksByTask: new Map(),
  };
}

export function stopActivity(ctx: SimContext): void {
  for (const timer of ctx.timers) clearTimeout(timer);
  ctx.timers.clear();
  for (const release of [...ctx.hangs]) release();
  ctx.callbacks.close();
}

/** Forgets everything, including what was persisted under mediaDir (only our own sub-paths). */
export function resetContext(ctx: SimContext): void {
  stopActivity(ctx);
  ctx.callbacks.reopen();
  ctx.tasks.clear();
  ctx.media.clearMemory();
  ctx.active.clear();
  ctx.faults.clear();
  ctx.limiter.reset();
  const fresh = emptyCounters();
  ctx.counters.requests = fresh.requests;
  ctx.counters.callbacksByTask = fresh.callbacksByTask;
  ctx.counters.createsTotal = 0;
  ctx.counters.throttled = 0;
  ctx.counters.callbacksSent = 0;
  ctx.counters.callbackFailures = 0;
  if (ctx.opts.mediaDir) {
    for (const sub of ["tasks", "media"]) {
      fs.rmSync(path.join(ctx.opts.mediaDir, sub), { recursive: true, force: true });
    }
  }
  ctx.credits.reset();
}

export function extFor(spec: MediaSpec): string {
  if (spec.kind === "audio") return "wav";
  if (spec.kind === "video") return spec.part === "poster" ? "jpg" : "mp4";
  return spec.format === "jpeg" ? "jpg" : "png";
}

export function taskMediaUrl(ctx: SimContext, taskId: string, suffix: string, spec: MediaSpec): string {
  return `${ctx.opts.publicBaseUrl}/media/${taskId}-${suffix}.${extFor(spec)}`;
}

/** Multiplies a realistic delay by timeScale, and by 5 for `[sim:slow]` tasks. */
export function scaled(ctx: SimContext, ms: number, slow: boolean): number {
  return Math.round(ms * ctx.opts.timeScale * (slow ? 5 : 1));
}
