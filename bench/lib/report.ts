/** Output helpers shared by the bench scripts: the reproduce line, aligned tables, percentiles. */

/** Prints how to reproduce this run before any number, so a pasted result is never orphaned. */
export function printHeader(script: string, args: string, what: string): void {
  console.log(`$ npx tsx --conditions=react-server bench/${script} ${args}`.trimEnd());
  console.log(what);
  console.log("");
}

/** A left-aligned first column and right-aligned figures. */
export function printTable(columns: string[], rows: Array<Array<string | number>>): void {
  const cells = [columns, ...rows.map((r) => r.map(String))];
  const widths = columns.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(line(columns));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of cells.slice(1)) console.log(line(r));
}

/** Nearest-rank percentile (p in 0–100) of unsorted values. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const ms = (v: number) => `${v.toFixed(1)} ms`;
export const seconds = (v: number) => `${(v / 1000).toFixed(1)} s`;
export const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

export const sleep = (millis: number) => new Promise((r) => setTimeout(r, millis));

/** Polls `check` until it holds; throws with `what` after the deadline. */
export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out after ${seconds(timeoutMs)} waiting for ${what}`);
    await sleep(100);
  }
}
