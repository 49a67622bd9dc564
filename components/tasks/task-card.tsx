"use client";

import { useQuery } from "@tanstack/react-query";
import { AudioLines, Clapperboard, Image as ImageIcon, Music, Sparkles } from "lucide-react";
import Link from "next/link";
import { promptOf, summarizeInput } from "@/components/forms/describe-input";
import { cn } from "@/components/ui/cn";
import type { TaskView } from "@/lib/dal/tasks";
import { taskQueryOptions } from "@/lib/queries/tasks";
import { CancelTaskButton } from "./cancel-task-button";
import { isTerminal } from "./format";
import { RelativeTime } from "./relative-time";
import { TaskOutputs } from "./task-outputs";
import { TaskState } from "./task-state";
import { TaskStatusBadge } from "./task-status-badge";

const ICONS: Record<string, typeof Music> = {
  music: Music,
  image: ImageIcon,
  video: Clapperboard,
  audio: AudioLines,
};

export type TaskCardProps = {
  /** The task as last seen (from the list or the submit answer); the card then polls it live. */
  task: TaskView;
  className?: string;
};

export function TaskCard({ task: seed, className }: TaskCardProps) {
  const { data } = useQuery({ ...taskQueryOptions(seed.id), initialData: seed });
  const task = data ?? seed;
  const Icon = ICONS[task.category] ?? Sparkles;
  const title =
    typeof task.input.title === "string" && task.input.title.trim() ? task.input.title.trim() : null;
  const prompt = promptOf(task.input);
  const excerpt = prompt && prompt !== title ? prompt : null;
  const chips = summarizeInput(task.operationId, task.input);
  const active = !isTerminal(task.state);

  return (
    <article
      data-testid="task-card"
      data-task-id={task.id}
      data-state={task.state}
      className={cn(
        "flex flex-col gap-3.5 rounded-xl border border-zinc-200/80 bg-white p-4 shadow-card dark:border-zinc-800 dark:bg-zinc-900/70 dark:shadow-none",
        active && "ring-1 ring-brand-500/10 dark:ring-brand-400/10",
        className,
      )}
    >
      <header className="flex flex-wrap items-center gap-x-3 gap-y-1.5">
        <div className="flex min-w-0 flex-1 items-center gap-2">
          <span className="flex size-7 shrink-0 items-center justify-center rounded-lg bg-brand-50 text-brand-600 ring-1 ring-brand-100 dark:bg-brand-500/10 dark:text-brand-300 dark:ring-brand-500/20">
            <Icon aria-hidden className="size-3.5" />
          </span>
          <p className="truncate text-[13px] text-zinc-500 dark:text-zinc-400">
            <Link
              href={`/tasks/${task.id}`}
              data-testid="task-link"
              className="rounded-sm font-medium text-zinc-800 underline-offset-2 hover:underline focus-visible:underline focus-visible:outline-hidden dark:text-zinc-200"
            >
              {task.operationTitle}
            </Link>
            {task.model && task.model !== task.operationTitle ? <span> · {task.model}</span> : null}
          </p>
        </div>
        <div className="flex items-center gap-2.5 text-xs text-zinc-500 dark:text-zinc-400">
          <RelativeTime iso={task.createdAt} />
          <TaskStatusBadge state={task.state} note={task.note} />
          <CancelTaskButton task={task} />
        </div>
      </header>

      {title || excerpt ? (
        <div className="flex flex-col gap-1">
          {title ? (
            <h3 className="text-[15px] font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">
              {title}
            </h3>
          ) : null}
          {excerpt ? (
            <p className="line-clamp-2 text-sm leading-relaxed text-zinc-600 dark:text-zinc-300">{excerpt}</p>
          ) : null}
        </div>
      ) : null}

      {chips.length ? (
        <ul className="flex flex-wrap gap-1.5" aria-label="Settings">
          {chips.map((chip) => (
            <li
              key={chip}
              className="rounded-md bg-zinc-100 px-1.5 py-0.5 text-[11px] font-medium text-zinc-600 dark:bg-zinc-800 dark:text-zinc-300"
            >
              {chip}
            </li>
          ))}
        </ul>
      ) : null}

      <TaskState task={task} active={active} />
      <TaskOutputs task={task} />
    </article>
  );
}
