import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import type { VideoSpec } from "../types";
import type { StoredMedia } from "./store";

/**
 * Video media are real, browser-playable MP4s (H.264 baseline + AAC, faststart, 8 s) generated once
 * with ffmpeg and committed under public/sim-media/, each with a poster JPG. The simulator never
 * encodes: it picks a clip by a hash of the task id and serves the file from disk.
 */
export const SAMPLE_CLIPS = {
  landscape: ["clip-a-16x9", "clip-b-16x9", "clip-c-16x9"],
  portrait: ["clip-d-9x16"],
} as const;

const ALL_CLIPS: ReadonlySet<string> = new Set([...SAMPLE_CLIPS.landscape, ...SAMPLE_CLIPS.portrait]);
export const SAMPLE_CLIP_SECONDS = 8;

export function sampleMediaDir(): string {
  return path.join(process.cwd(), "public", "sim-media");
}

/** Portrait-ish ratios ("9:16", "3:4") get the portrait clip; everything else a landscape one. */
export function isPortrait(aspectRatio: string | undefined): boolean {
  const m = /^(\d+):(\d+)$/.exec(aspectRatio ?? "");
  return m !== null && Number(m[1]) < Number(m[2]);
}

/** The clip and poster specs for one result, stable for a given seed (task id). */
export function videoSpecs(
  seed: string,
  aspectRatio: string | undefined,
): { video: VideoSpec; poster: VideoSpec } {
  const portrait = isPortrait(aspectRatio);
  const list = portrait ? SAMPLE_CLIPS.portrait : SAMPLE_CLIPS.landscape;
  const pick = createHash("sha256").update(seed).digest().readUInt32BE(0) % list.length;
  const base = {
    kind: "video" as const,
    clip: list[pick],
    width: portrait ? 360 : 640,
    height: portrait ? 640 : 360,
    durationSec: SAMPLE_CLIP_SECONDS,
  };
  return { video: { ...base, part: "video" }, poster: { ...base, part: "poster" } };
}

/** The file behind a spec, or null when it is not one of ours or is missing on disk. */
export async function loadVideoMedia(spec: VideoSpec): Promise<StoredMedia | null> {
  if (!ALL_CLIPS.has(spec.clip)) return null;
  const ext = spec.part === "poster" ? "jpg" : "mp4";
  const filePath = path.join(sampleMediaDir(), `${spec.clip}.${ext}`);
  try {
    const stat = await fs.stat(filePath);
    if (!stat.isFile()) return null;
    return { mime: ext === "mp4" ? "video/mp4" : "image/jpeg", size: stat.size, filePath };
  } catch {
    return null;
  }
}
