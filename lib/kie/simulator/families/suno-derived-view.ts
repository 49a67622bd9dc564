import type { SimContext } from "../state";
import type { SimTask, Stage } from "../types";
import { coverCallback, mp4Callback, wavCallback } from "./suno-derived-files";
import { lyricsCallback } from "./suno-derived-lyrics";
import { midiCallback } from "./suno-derived-midi";
import { vocalCallback } from "./suno-derived-stems";

const DERIVED_FAMILIES: ReadonlySet<SimTask["family"]> = new Set([
  "suno-lyrics",
  "suno-wav",
  "suno-vocal",
  "suno-midi",
  "suno-mp4",
  "suno-cover",
]);

export function isSunoDerivedFamily(family: SimTask["family"]): boolean {
  return DERIVED_FAMILIES.has(family);
}

/** Callback payload of a derived Suno task's stage (null for progress stages). */
export function sunoDerivedCallback(ctx: SimContext, task: SimTask, stage: Stage): unknown {
  // A switch, not a lookup table: these modules import the lifecycle that imports this one.
  switch (task.family) {
    case "suno-lyrics":
      return lyricsCallback(ctx, task, stage);
    case "suno-wav":
      return wavCallback(ctx, task, stage);
    case "suno-vocal":
      return vocalCallback(ctx, task, stage);
    case "suno-midi":
      return midiCallback(ctx, task, stage);
    case "suno-mp4":
      return mp4Callback(ctx, task, stage);
    case "suno-cover":
      return coverCallback(ctx, task, stage);
    default:
      return null;
  }
}
