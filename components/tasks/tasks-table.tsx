"use client";

import { ListChecks } from "lucide-react";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import type { TaskPage } from "@/lib/queries/tasks";
import { LoadMore } from "./load-more";
import { useTaskList } from "./task-feed";
import { ROW_GRID, TaskRow } from "./task-row";

/** All my tasks, newest first, refreshing while any of them is still running. */
export function TasksTable({ initialPage }: { initialPage: TaskPage }) {
  const { query, tasks } = useTaskList(undefined, initialPage, { live: true });
  if (tasks.length === 0) {
    return (
      <EmptyState
        icon={<ListChecks />}
        title="No tasks yet"
        description="Everything you generate is listed here with its status, timing and any error."
        action={
          <div className="flex gap-2">
            <Link href="/music" className={buttonClasses("secondary", "sm")}>
              Make a song
            </Link>
            <Link href="/image" className={buttonClasses("secondary", "sm")}>
              Make an image
            </Link>
          </div>
        }
      />
    );
  }
  return (
    <div className="flex flex-col gap-4">
      <div className="overflow-hidden rounded-xl border border-zinc-200/80 bg-white shadow-card dark:border-zinc-800 dark:bg-zinc-900/70 dark:shadow-none">
        <div
          aria-hidden
          className={cn(
            "hidden border-b border-zinc-100 bg-zinc-50/80 px-4 py-2 text-[11px] font-medium tracking-wider text-zinc-500 uppercase md:grid dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-400",
            ROW_GRID,
          )}
        >
          <span>Status</span>
          <span>Task</span>
          <span>Created</span>
          <span>Duration</span>
          <span />
        </div>
        <ul className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {tasks.map((task) => (
            <TaskRow key={task.id} task={task} />
          ))}
        </ul>
      </div>
      <LoadMore
        hasMore={query.hasNextPage}
        loading={query.isFetchingNextPage}
        onLoadMore={() => query.fetchNextPage()}
      />
    </div>
  );
}
