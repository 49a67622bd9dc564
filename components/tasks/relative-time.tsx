"use client";

import { formatAge, formatDateTime } from "./format";
import { useNow } from "./use-now";

/** "2 min ago", kept current; the exact time is in the tooltip. */
export function RelativeTime({ iso, className }: { iso: string; className?: string }) {
  const now = useNow(15_000);
  return (
    <time dateTime={iso} title={formatDateTime(iso)} className={className} suppressHydrationWarning>
      {formatAge(iso, now)}
    </time>
  );
}
