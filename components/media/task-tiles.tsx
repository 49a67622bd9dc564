"use client";

import { TriangleAlert } from "lucide-react";
import { promptOf } from "@/components/forms/describe-input";
import { ImagePlaceholder } from "@/components/tasks/output-placeholders";
import { RelativeTime } from "@/components/tasks/relative-time";
import { TaskStatusBadge } from "@/components/tasks/task-status-badge";
import { Progress } from "@/components/ui/progress";
import type { TaskView } from "@/lib/dal/tasks";

/** Holds the place of an image that is still being made, with its live status. */
export function PendingImageTile({ task }: { task: TaskView }) {
  const prompt = promptOf(task.input);
  return (
    <div data-testid="image-pending" data-task-id={task.id} data-state={task.state}>
      <ImagePlaceholder>
        <div className="flex flex-col gap-2 p-3">
          <TaskStatusBadge state={task.state} note={task.note} className="self-start" />
          {prompt ? <p className="line-clamp-2 text-xs text-zinc-600 dark:text-zinc-300">{prompt}</p> : null}
          <Progress
            value={typeof task.progress === "number" ? task.progress * 100 : null}
            label="Generation progress"
          />
        </div>
      </ImagePlaceholder>
    </div>
  );
}

/** A failed image task keeps its place in the grid and says why. */
export function FailedImageTile({ task }: { task: TaskView }) {
  const prompt = promptOf(task.input);
  return (
    <div
      data-testid="image-failed"
      data-task-id={task.id}
      className="flex aspect-square w-full flex-col gap-2 overflow-hidden rounded-xl border border-red-200 bg-red-50/70 p-3 dark:border-red-500/25 dark:bg-red-500/[0.07]"
    >
      <div className="flex items-center gap-1.5 text-xs font-medium text-red-700 dark:text-red-300">
        <TriangleAlert aria-hidden className="size-3.5" />
        Failed
        <RelativeTime
          iso={task.createdAt}
          className="ml-auto font-normal text-red-500/80 dark:text-red-400/70"
        />
      </div>
      <p className="line-clamp-4 text-xs leading-snug text-red-800 dark:text-red-200">
        {task.error?.message ?? "Kie could not finish this image."}
      </p>
      {prompt ? (
        <p className="mt-auto line-clamp-2 text-[11px] text-zinc-500 dark:text-zinc-400">“{prompt}”</p>
      ) : null}
    </div>
  );
}
