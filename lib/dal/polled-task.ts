import "server-only";
import { getTaskForUser } from "@/lib/dal/tasks";
import { microCache } from "@/lib/node/micro-cache";

/**
 * The task view that pollers read (`GET /api/v1/tasks/:id`: task cards, the task page, API
 * clients). A task watched by many viewers costs one read per second, however many poll it; state
 * changes show within that second, and this process's own writes (cancel) forget it at once.
 */
export const polledTask = microCache(
  { ttlMs: 1000, maxEntries: 10_000, keyOf: (userId: string, id: string) => `${userId}:${id}` },
  getTaskForUser,
);
