"use client";

import { formatDuration, isTerminal } from "./format";
import { useNow } from "./use-now";

/** How long the task took, or has been running so far (ticking). */
export function TaskDuration({
  createdAt,
  finishedAt,
  state,
}: {
  createdAt: string;
  finishedAt: string | null;
  state: string;
}) {
  const active = !isTerminal(state);
  const now = useNow(active ? 1000 : 60_000);
  const start = new Date(createdAt).getTime();
  if (finishedAt) return <span>{formatDuration(new Date(finishedAt).getTime() - start)}</span>;
  if (!active) return <span className="text-zinc-400">—</span>;
  return <span suppressHydrationWarning>{formatDuration(now - start)}</span>;
}
