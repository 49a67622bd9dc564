"use client";

import { useInfiniteQuery, useQueries } from "@tanstack/react-query";
import type { ReactNode } from "react";
import type { TaskView } from "@/lib/dal/tasks";
import { firstPage, taskListQueryOptions } from "@/lib/queries/lists";
import { type TaskPage, taskQueryOptions } from "@/lib/queries/tasks";
import { LoadMore } from "./load-more";
import { TaskCard } from "./task-card";

/** Live list of one category's tasks, newest first; a submitted task is prepended by the page. */
export function useTaskList(
  category: string | undefined,
  initialPage: TaskPage,
  opts: { live?: boolean } = {},
) {
  const query = useInfiniteQuery({
    ...taskListQueryOptions(category, opts),
    initialData: firstPage(initialPage),
  });
  const seen = new Set<string>();
  const tasks: TaskView[] = [];
  for (const task of query.data.pages.flatMap((p) => p.items)) {
    if (!seen.has(task.id)) tasks.push(task);
    seen.add(task.id);
  }
  return { query, tasks };
}

/**
 * The list plus each task's own live copy: every unfinished task polls on its own schedule (and
 * stops when done), so a grid can show progress without re-fetching the whole list.
 */
export function useLiveTaskList(category: string, initialPage: TaskPage) {
  const { query, tasks } = useTaskList(category, initialPage);
  const live = useQueries({
    queries: tasks.map((task) => ({ ...taskQueryOptions(task.id), initialData: task })),
  });
  return { query, tasks: tasks.map((task, i) => live[i]?.data ?? task) };
}

type TaskFeedProps = { category: string; initialPage: TaskPage; empty: ReactNode };

export function TaskFeed({ category, initialPage, empty }: TaskFeedProps) {
  const { query, tasks } = useTaskList(category, initialPage);
  if (tasks.length === 0) return empty;
  return (
    <div className="flex flex-col gap-3">
      {tasks.map((task) => (
        <TaskCard key={task.id} task={task} />
      ))}
      <LoadMore
        hasMore={query.hasNextPage}
        loading={query.isFetchingNextPage}
        onLoadMore={() => query.fetchNextPage()}
      />
    </div>
  );
}
