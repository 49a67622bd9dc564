"use client";

import { ChevronDown } from "lucide-react";
import Link from "next/link";
import { useId, useState } from "react";
import { promptOf } from "@/components/forms/describe-input";
import { cn, focusRing } from "@/components/ui/cn";
import type { TaskView } from "@/lib/dal/tasks";
import { RelativeTime } from "./relative-time";
import { TaskDuration } from "./task-duration";
import { TaskOutputs } from "./task-outputs";
import { TaskStatusBadge } from "./task-status-badge";

export const ROW_GRID = "md:grid md:grid-cols-[9.5rem_minmax(0,1fr)_7rem_7rem_2rem] md:items-start md:gap-4";

/** One task in the list: status, what it was, when, how long, why it failed; results fold open. */
export function TaskRow({ task }: { task: TaskView }) {
  const [open, setOpen] = useState(false);
  const resultsId = useId();
  const prompt = promptOf(task.input);
  const hasResults = task.outputs.length > 0;
  return (
    <li
      data-testid="task-row"
      data-task-id={task.id}
      data-state={task.state}
      className="flex flex-col gap-3 px-4 py-3.5 transition-colors hover:bg-zinc-50/70 dark:hover:bg-zinc-800/20"
    >
      <div className={cn("flex flex-col gap-2", ROW_GRID)}>
        <div className="order-first flex items-center justify-between gap-2 md:justify-start">
          <TaskStatusBadge state={task.state} note={task.note} />
          <span className="text-xs text-zinc-500 md:hidden dark:text-zinc-400">
            <RelativeTime iso={task.createdAt} />
          </span>
        </div>
        <div className="flex min-w-0 flex-col gap-1">
          <p className="truncate text-sm">
            <Link
              href={`/tasks/${task.id}`}
              data-testid="task-link"
              className="rounded-sm font-medium text-zinc-900 underline-offset-2 hover:underline focus-visible:underline focus-visible:outline-hidden dark:text-zinc-100"
            >
              {task.operationTitle}
            </Link>
            {task.model && task.model !== task.operationTitle ? (
              <span className="text-zinc-500 dark:text-zinc-400"> · {task.model}</span>
            ) : null}
          </p>
          {prompt ? (
            <p className="line-clamp-1 text-[13px] text-zinc-500 dark:text-zinc-400">{prompt}</p>
          ) : null}
          {task.error ? (
            <p data-testid="task-row-error" className="text-[13px] text-red-600 dark:text-red-400">
              {task.error.message}
            </p>
          ) : null}
        </div>
        <p className="hidden text-[13px] text-zinc-500 md:block dark:text-zinc-400">
          <span className="sr-only">Created </span>
          <RelativeTime iso={task.createdAt} />
        </p>
        {/* One line on phones; on desktop its two children become grid cells of their own. */}
        <div className="flex min-h-7 items-center justify-between gap-3 md:contents">
          <p className="text-[13px] tabular-nums text-zinc-500 dark:text-zinc-400">
            <span className="md:sr-only">Took </span>
            <TaskDuration createdAt={task.createdAt} finishedAt={task.finishedAt} state={task.state} />
          </p>
          {hasResults ? (
            <button
              type="button"
              aria-expanded={open}
              aria-controls={resultsId}
              aria-label={open ? "Hide results" : "Show results"}
              onClick={() => setOpen((v) => !v)}
              className={cn(
                "inline-flex h-7 items-center gap-1 self-start rounded-md px-1.5 text-xs font-medium text-zinc-600 hover:bg-zinc-100 md:size-7 md:justify-center md:px-0 dark:text-zinc-300 dark:hover:bg-zinc-800",
                focusRing,
              )}
            >
              <span className="md:hidden">
                {open ? "Hide results" : `Show results (${task.outputs.length})`}
              </span>
              <ChevronDown aria-hidden className={cn("size-4 transition-transform", open && "rotate-180")} />
            </button>
          ) : null}
        </div>
      </div>
      {open ? (
        <div id={resultsId} className="md:pl-[calc(9.5rem+1rem)]">
          <TaskOutputs task={task} />
        </div>
      ) : null}
    </li>
  );
}
