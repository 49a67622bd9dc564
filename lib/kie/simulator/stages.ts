import type { SimTask, Stage } from "./types";

/** The last stage whose time has come, or null while the task is still in its initial state. */
export function currentStage(task: SimTask, now: number): Stage | null {
  let current: Stage | null = null;
  for (const stage of task.stages) {
    if (stage.at <= now - task.createdAt) current = stage;
  }
  return current;
}

/** Epoch ms at which the task reached its terminal stage, or null while it runs. */
export function completedAt(task: SimTask, now: number): number | null {
  const last = task.stages[task.stages.length - 1];
  return last && last.at <= now - task.createdAt ? task.createdAt + last.at : null;
}

export function terminalStage(task: SimTask): Stage {
  return task.stages[task.stages.length - 1];
}
