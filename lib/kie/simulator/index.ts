import "server-only";
import { isFinished, resumeTask } from "./lifecycle";
import { route } from "./router";
import { createContext, resetContext, resolveOptions, stopActivity } from "./state";
import { snapshotStats } from "./stats";
import type { SimStats, Simulator, SimulatorOptions } from "./types";

export { signWebhook } from "./callbacks";
export type { SimStats, Simulator, SimulatorOptions } from "./types";

/** A wire-compatible fake of Kie's API: a fetch-style handler (Request → Response). */
export function createSimulator(options: SimulatorOptions): Simulator {
  const ctx = createContext(resolveOptions(options));
  for (const task of ctx.tasks.restoreUnfinished(isFinished, Date.now())) resumeTask(ctx, task);
  return {
    handle: (req) => route(ctx, req),
    stats: (): SimStats => snapshotStats(ctx),
    reset: () => resetContext(ctx),
    close: () => {
      ctx.closed = true;
      stopActivity(ctx);
    },
  };
}

const SINGLETON = Symbol.for("kie-studio.simulator");
type GlobalWithSimulator = typeof globalThis & { [SINGLETON]?: Simulator };

/** One simulator per process, kept on globalThis so Next dev's module reloads keep its tasks. */
export function getSimulator(options: SimulatorOptions): Simulator {
  const store = globalThis as GlobalWithSimulator;
  store[SINGLETON] ??= createSimulator(options);
  return store[SINGLETON];
}
