import { queryOptions } from "@tanstack/react-query";
import type { GalleryItem } from "@/lib/dal/assets";
import type { TaskView } from "@/lib/dal/tasks";

export const taskKeys = {
  all: ["tasks"] as const,
  list: (filter: { category?: string } = {}) => ["tasks", "list", filter] as const,
  detail: (id: string) => ["tasks", "detail", id] as const,
};

export const assetKeys = {
  all: ["assets"] as const,
  list: (filter: { kind?: string } = {}) => ["assets", "list", filter] as const,
};

const TERMINAL = new Set(["succeeded", "failed", "canceled"]);

export class HttpError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { credentials: "same-origin", cache: "no-store" });
  if (!res.ok) throw new HttpError(res.status);
  return res.json() as Promise<T>;
}

/** Polls our own API (never Kie): stops on a terminal state or a 404, backs off while running. */
export function taskQueryOptions(id: string) {
  return queryOptions({
    queryKey: taskKeys.detail(id),
    queryFn: () => getJson<{ task: TaskView }>(`/api/v1/tasks/${id}`).then((r) => r.task),
    retry: (count, err) => !(err instanceof HttpError && err.status === 404) && count < 3,
    refetchInterval: (query) => {
      const task = query.state.data;
      if (query.state.error instanceof HttpError && query.state.error.status === 404) return false;
      if (task && TERMINAL.has(task.state)) return false;
      const ageMs = task ? Date.now() - new Date(task.createdAt).getTime() : 0;
      return ageMs < 60_000 ? 1000 : ageMs < 300_000 ? 3000 : 10_000;
    },
  });
}

export type TaskPage = { items: TaskView[]; nextCursor: string | null };
export type AssetPage = { items: GalleryItem[]; nextCursor: string | null };

export function fetchTaskPage(params: {
  cursor?: string;
  category?: string;
  limit?: number;
}): Promise<TaskPage> {
  const q = new URLSearchParams();
  if (params.cursor) q.set("cursor", params.cursor);
  if (params.category) q.set("category", params.category);
  q.set("limit", String(params.limit ?? 30));
  return getJson<TaskPage>(`/api/v1/tasks?${q}`);
}

export function fetchAssetPage(params: {
  cursor?: string;
  kind?: string;
  limit?: number;
}): Promise<AssetPage> {
  const q = new URLSearchParams();
  if (params.cursor) q.set("cursor", params.cursor);
  if (params.kind) q.set("kind", params.kind);
  q.set("limit", String(params.limit ?? 40));
  return getJson<AssetPage>(`/api/v1/assets?${q}`);
}
