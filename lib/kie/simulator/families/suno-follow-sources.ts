import { promises as fs } from "node:fs";
import { SAMPLE_RATE } from "../media/wav";
import { resolveMediaUrl } from "../media-urls";
import { type SimContext, taskMediaUrl } from "../state";
import type { SimTask, SunoTrack } from "../types";
import { sunoStatus } from "./suno-view";

/** A finished Suno track the simulator made, as a follow-up sees it. */
export type SourceTrack = {
  task: SimTask;
  track: SunoTrack;
  urls: { audio: string; stream: string; cover: string };
};

/** Audio handed in by URL: a track of ours, an upload (with its WAV length when readable), or nothing. */
export type UploadedAudio = { url: string; durationSec?: number; track?: SourceTrack };

function sourceTrack(ctx: SimContext, task: SimTask, track: SunoTrack): SourceTrack {
  const url = (suffix: string) => taskMediaUrl(ctx, task.id, suffix, task.media[suffix]);
  return {
    task,
    track,
    urls: { audio: url(track.audio), stream: url(track.stream), cover: url(track.cover) },
  };
}

const finished = (task: SimTask) => task.family === "suno" && sunoStatus(task, Date.now()) === "SUCCESS";

/** The finished track with this audioId, optionally only within one task. */
export function findTrack(ctx: SimContext, audioId: string, taskId?: string): SourceTrack | undefined {
  const candidates = taskId ? [ctx.tasks.get(taskId)] : [...ctx.tasks.values()];
  for (const task of candidates) {
    if (!task || !finished(task)) continue;
    const track = task.tracks.find((t) => t.id === audioId);
    if (track) return sourceTrack(ctx, task, track);
  }
  return undefined;
}

/**
 * What an upload URL points at. Kie accepts any URL at create and fails the task when it cannot
 * fetch it; the simulator can fetch only media it served itself (tracks and uploads).
 */
export async function resolveAudioUrl(ctx: SimContext, url: string): Promise<UploadedAudio | null> {
  const key = await resolveMediaUrl(ctx, url);
  if (!key) return null;
  if (key.kind === "task") {
    const task = ctx.tasks.get(key.taskId);
    const track = task?.tracks.find((t) => t.audio === key.suffix || t.stream === key.suffix);
    if (task && track) return { url, durationSec: track.duration, track: sourceTrack(ctx, task, track) };
    const spec = task?.media[key.suffix];
    return spec?.kind === "audio" ? { url, durationSec: spec.sampleCount / SAMPLE_RATE } : null;
  }
  const stored = await ctx.media.getUpload(key.key);
  if (!stored) return null;
  const head = "bytes" in stored ? stored.bytes : await readHead(stored.filePath);
  return { url, durationSec: head ? wavDuration(head) : undefined };
}

/** The first bytes of a file: enough for a WAV header. */
async function readHead(filePath: string): Promise<Buffer | undefined> {
  try {
    const file = await fs.open(filePath, "r");
    try {
      const buf = Buffer.alloc(4096);
      const { bytesRead } = await file.read(buf, 0, buf.length, 0);
      return buf.subarray(0, bytesRead);
    } finally {
      await file.close();
    }
  } catch {
    return undefined;
  }
}

/** Seconds of a PCM WAV, or undefined for anything else (MP3 uploads have no cheap exact length). */
export function wavDuration(buf: Buffer): number | undefined {
  if (buf.length < 12 || buf.toString("ascii", 0, 4) !== "RIFF" || buf.toString("ascii", 8, 12) !== "WAVE")
    return undefined;
  let offset = 12;
  let byteRate = 0;
  while (offset + 8 <= buf.length) {
    const id = buf.toString("ascii", offset, offset + 4);
    const size = buf.readUInt32LE(offset + 4);
    if (id === "fmt " && offset + 16 <= buf.length) byteRate = buf.readUInt32LE(offset + 16);
    if (id === "data") return byteRate > 0 ? Math.round((size / byteRate) * 100) / 100 : undefined;
    offset += 8 + size + (size % 2);
  }
  return undefined;
}
