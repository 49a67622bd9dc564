import { type InfiniteData, infiniteQueryOptions, type QueryClient } from "@tanstack/react-query";
import type { TaskView } from "@/lib/dal/tasks";
import { ASSET_PAGE_SIZE, TASK_PAGE_SIZE } from "./page-sizes";
import { type AssetPage, assetKeys, fetchAssetPage, fetchTaskPage, type TaskPage, taskKeys } from "./tasks";

const TERMINAL = new Set(["succeeded", "failed", "canceled"]);

export type TaskPages = InfiniteData<TaskPage, string | undefined>;
export type AssetPages = InfiniteData<AssetPage, string | undefined>;

/** Newest-first pages of my tasks, optionally one category; "Load more" follows the cursor. */
export function taskListQueryOptions(category?: string, opts: { live?: boolean } = {}) {
  return infiniteQueryOptions({
    queryKey: taskKeys.list(category ? { category } : {}),
    queryFn: ({ pageParam }) => fetchTaskPage({ cursor: pageParam, category, limit: TASK_PAGE_SIZE }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // A list that shows states itself refreshes while anything in it is still running.
    refetchInterval: opts.live
      ? (query) =>
          query.state.data?.pages.some((p) => p.items.some((t) => !TERMINAL.has(t.state))) ? 3000 : false
      : undefined,
  });
}

export function assetListQueryOptions(kind?: string) {
  return infiniteQueryOptions({
    queryKey: assetKeys.list(kind ? { kind } : {}),
    queryFn: ({ pageParam }) => fetchAssetPage({ cursor: pageParam, kind, limit: ASSET_PAGE_SIZE }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** Server-rendered first page, in the shape an infinite query keeps. */
export function firstPage<T>(page: T): InfiniteData<T, string | undefined> {
  return { pages: [page], pageParams: [undefined] };
}

/** A just-submitted task shows at the top of every list it belongs to, before any refetch. */
export function addSubmittedTask(client: QueryClient, task: TaskView) {
  client.setQueryData(taskKeys.detail(task.id), task);
  for (const filter of [{}, { category: task.category }]) {
    client.setQueryData<TaskPages>(taskKeys.list(filter), (data) => {
      if (!data?.pages.length) return data;
      const [first, ...rest] = data.pages;
      if (first.items.some((t) => t.id === task.id)) return data;
      return { ...data, pages: [{ ...first, items: [task, ...first.items] }, ...rest] };
    });
  }
}
