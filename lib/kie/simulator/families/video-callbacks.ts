import type { SimContext } from "../state";
import type { SimTask, Stage } from "../types";
import { alephCallback, runwayCallback } from "./runway-view";
import { veoCallback } from "./veo-view";

export function isVideoFamily(family: SimTask["family"]): boolean {
  return family === "veo" || family === "runway" || family === "aleph";
}

/** Callback payload of a video task's stage (null for progress stages). */
export function videoCallback(ctx: SimContext, task: SimTask, stage: Stage): unknown {
  if (task.family === "veo") return veoCallback(ctx, task, stage);
  if (task.family === "runway") return runwayCallback(ctx, task, stage);
  return alephCallback(ctx, task, stage);
}
