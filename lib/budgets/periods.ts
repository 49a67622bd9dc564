/** Budget periods are UTC calendar days and months, so every instance agrees on when they reset. */

export type BudgetPeriod = "day" | "month";

export function dayKey(at: Date): string {
  return at.toISOString().slice(0, 10);
}

export function monthKey(at: Date): string {
  return at.toISOString().slice(0, 7);
}

/** The instant the period containing `at` ends: the next UTC midnight or the 1st of next month. */
export function periodResetsAt(period: BudgetPeriod, at: Date): Date {
  return period === "day"
    ? new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate() + 1))
    : new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1));
}

/** "in 3 h 20 min", "in 12 min", "in 4 days": how long until a reset, for refusal messages. */
export function untilText(from: Date, to: Date): string {
  const minutes = Math.max(1, Math.ceil((to.getTime() - from.getTime()) / 60_000));
  if (minutes < 60) return `in ${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) {
    const rest = minutes % 60;
    return rest ? `in ${hours} h ${rest} min` : `in ${hours} h`;
  }
  return `in ${Math.round(hours / 24)} days`;
}

/** "Nov 22, 00:00 UTC" */
export function resetText(at: Date): string {
  const month = at.toLocaleString("en-US", { month: "short", timeZone: "UTC" });
  const hh = String(at.getUTCHours()).padStart(2, "0");
  const mm = String(at.getUTCMinutes()).padStart(2, "0");
  return `${month} ${at.getUTCDate()}, ${hh}:${mm} UTC`;
}
