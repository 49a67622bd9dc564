/** Per-operation health over recent tasks: success rate, time to finish, recent errors. */

export type HealthTask = {
  operationId: string;
  state: string;
  createdAt: Date;
  finishedAt: Date | null;
  errorCode: string | null;
  errorMessage: string | null;
};

export type OperationHealth = {
  operationId: string;
  total: number;
  succeeded: number;
  failed: number;
  running: number;
  /** succeeded / (succeeded + failed); null before anything finished. */
  successRate: number | null;
  medianMs: number | null;
  p90Ms: number | null;
  recentErrors: { code: string; message: string; at: Date }[];
};

/** Nearest-rank percentile of an ascending list. */
export function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function operationHealth(tasks: HealthTask[], recentErrorCount = 3): OperationHealth[] {
  const byOp = new Map<string, HealthTask[]>();
  for (const t of tasks) byOp.set(t.operationId, [...(byOp.get(t.operationId) ?? []), t]);
  return [...byOp.entries()]
    .map(([operationId, list]) => {
      const succeeded = list.filter((t) => t.state === "succeeded");
      const failed = list.filter((t) => t.state === "failed");
      const durations = succeeded
        .filter((t) => t.finishedAt)
        .map((t) => t.finishedAt!.getTime() - t.createdAt.getTime())
        .sort((a, b) => a - b);
      const finished = succeeded.length + failed.length;
      return {
        operationId,
        total: list.length,
        succeeded: succeeded.length,
        failed: failed.length,
        running: list.length - finished - list.filter((t) => t.state === "canceled").length,
        successRate: finished ? succeeded.length / finished : null,
        medianMs: percentile(durations, 50),
        p90Ms: percentile(durations, 90),
        recentErrors: failed
          .sort((a, b) => (b.finishedAt ?? b.createdAt).getTime() - (a.finishedAt ?? a.createdAt).getTime())
          .slice(0, recentErrorCount)
          .map((t) => ({
            code: t.errorCode ?? "failed",
            message: t.errorMessage ?? "Failed",
            at: t.finishedAt ?? t.createdAt,
          })),
      };
    })
    .sort((a, b) => b.total - a.total || a.operationId.localeCompare(b.operationId));
}
