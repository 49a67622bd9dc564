import { flagsFrom, newTaskId } from "../lifecycle";
import { videoSpecs } from "../media/video";
import { type SimContext, scaled } from "../state";
import type { MediaSpec, SimTask, Stage } from "../types";

/** Shared builder for the video families (Veo, Runway, Aleph): one clip + poster per result. */
export function videoTask(
  ctx: SimContext,
  o: {
    family: "veo" | "runway" | "aleph";
    model: string;
    request: Record<string, unknown>;
    callBackUrl: string | undefined;
    prompt: string;
    charge: number;
    aspectRatio: string | undefined;
    /** Progress stages before the end, in ms at timeScale 1. */
    progress?: Array<{ name: string; at: number }>;
    doneAt: number;
    sourceTaskId?: string;
    /** Reuse these media specs (an upscale keeps its source's clip). */
    media?: Record<string, MediaSpec>;
    /** Extra result suffixes besides video0 (e.g. the stitched full0 of a Veo extension). */
    extra?: string[];
  },
): SimTask {
  const id = newTaskId();
  const flags = flagsFrom(o.prompt);
  const { video, poster } = videoSpecs(id, o.aspectRatio);
  const media: Record<string, MediaSpec> = o.media ?? { video0: video, poster0: poster };
  for (const suffix of o.extra ?? []) media[suffix] = videoSpecs(`${id}-${suffix}`, o.aspectRatio).video;
  const stages: Stage[] = [
    ...(o.progress ?? []).map((p) => ({
      name: p.name,
      at: scaled(ctx, p.at, flags.slow),
      outcome: "progress" as const,
    })),
    { name: "done", at: scaled(ctx, o.doneAt, flags.slow), outcome: flags.fail ? "fail" : "success" },
  ];
  return {
    id,
    family: o.family,
    model: o.model,
    createdAt: Date.now(),
    request: o.request,
    callBackUrl: o.callBackUrl?.trim() || null,
    flags,
    charge: o.charge,
    stages,
    reached: [],
    media,
    results: ["video0", ...(o.extra ?? [])],
    tracks: [],
    video: { sourceTaskId: o.sourceTaskId },
  };
}
