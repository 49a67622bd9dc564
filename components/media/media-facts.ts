import { formatClock } from "@/components/tasks/format";

type MediaFacts = { durationSec?: number; width?: number; height?: number };

/** "0:08 · 1280 × 720": what a viewer wants to know about a clip before pressing play. */
export function mediaFacts({ durationSec, width, height }: MediaFacts): string[] {
  return [
    durationSec ? formatClock(durationSec) : null,
    width && height ? `${width} × ${height}` : null,
  ].filter((fact): fact is string => fact !== null);
}
