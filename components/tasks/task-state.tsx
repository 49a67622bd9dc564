import type { TaskView } from "@/lib/dal/tasks";
import { TaskError } from "./task-error";
import { TaskProgress } from "./task-progress";

/** Where an unfinished task stands, or why it failed. */
export function TaskState({ task, active }: { task: TaskView; active: boolean }) {
  if (active)
    return (
      <TaskProgress
        state={task.state}
        category={task.category}
        operationId={task.operationId}
        progress={task.progress}
        note={task.note}
      />
    );
  if (task.state === "failed")
    return (
      <TaskError message={task.error?.message ?? "Kie could not finish this task."} code={task.error?.code} />
    );
  return null;
}
