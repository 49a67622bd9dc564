import { flagsFrom, newTaskId } from "../lifecycle";
import { createRng, seedFrom } from "../media/random";
import { SAMPLE_RATE, sampleCountFor } from "../media/wav";
import { type SimContext, taskMediaUrl } from "../state";
import type { MediaSpec, SimTask, SunoTrack } from "../types";
import { addTrack, SUNO_GENERATE_CHARGE, sunoEarlyFailure, sunoStages, takeDurations } from "./suno";
import { lyricsFor, tagsFor, titleFor } from "./suno-content";
import { findTrack, resolveAudioUrl, type SourceTrack, type UploadedAudio } from "./suno-follow-sources";
import type { FollowOperation, FollowRequest } from "./suno-follow-validate";
import type { SunoFailure, SunoFollowExtra } from "./suno-view";

/** Credits per task (REFERENCE §13), charged when the task succeeds. */
export const FOLLOW_CHARGES: Record<FollowOperation, number> = {
  extend: SUNO_GENERATE_CHARGE,
  upload_cover: SUNO_GENERATE_CHARGE,
  upload_extend: SUNO_GENERATE_CHARGE,
  add_instrumental: SUNO_GENERATE_CHARGE,
  add_vocals: SUNO_GENERATE_CHARGE,
  replace_section: 8,
  mashup: 8,
  sounds: 5,
};

type Sources = { track?: SourceTrack; uploads: UploadedAudio[] };
type Take = { title: string; tags: string; lyrics: string; seconds: number };

const fail = (message: string, status = "GENERATE_AUDIO_FAILED", code = 501): SunoFailure => ({
  status,
  code,
  message,
});
const secs = (s: number) => `${Math.round(s * 100) / 100} s`;

/**
 * Builds a follow-up task. Like Kie, sources are only looked at after the create was accepted: a
 * bogus audioId or an unreachable upload URL still gets a taskId and the task fails shortly after.
 */
export async function buildFollowTask(
  ctx: SimContext,
  body: Record<string, unknown>,
  req: FollowRequest,
): Promise<SimTask> {
  const id = newTaskId();
  const createdAt = Date.now();
  const { song } = req;
  const flags = flagsFrom(`${song.prompt} ${song.style} ${song.title}`);
  const { sources, failure } = await findSources(ctx, req);
  const follow: SunoFollowExtra = { operationType: req.operation };
  if (req.operation === "extend") follow.parentMusicId = req.audioId;
  if (req.operation === "replace_section") follow.errorAsString = true;
  const upload = sources.uploads[0];
  if (upload && (req.operation === "upload_cover" || req.operation === "upload_extend")) {
    follow.source = {
      audioUrl: upload.url,
      streamAudioUrl: upload.track?.urls.stream ?? upload.url,
      imageUrl: upload.track?.urls.cover ?? "",
    };
  }
  const media: Record<string, MediaSpec> = {};
  let tracks: SunoTrack[] = [];
  if (failure) {
    follow.failure = failure;
  } else {
    const takes = plan(req, sources, id);
    tracks = takes.map((take, i) =>
      addTrack(media, {
        taskId: id,
        take: i,
        createdAt,
        prompt: `${song.prompt} ${take.tags}`,
        title: take.title,
        tags: take.tags,
        lyrics: take.lyrics,
        sampleCount: sampleCountFor(take.seconds),
      }),
    );
    if (!follow.source?.imageUrl && follow.source) follow.source.imageUrl = taskCover(ctx, id, media);
  }
  return {
    id,
    family: "suno",
    model: req.model || sources.track?.task.model || "V5",
    createdAt,
    request: body,
    callBackUrl: req.callBackUrl,
    flags,
    charge: FOLLOW_CHARGES[req.operation],
    stages: failure ? sunoEarlyFailure(ctx, flags) : sunoStages(ctx, flags),
    reached: [],
    media,
    results: [],
    tracks,
    extra: { sunoFollow: follow },
  };
}

/** An upload has no artwork of its own: point at the first take's cover. */
function taskCover(ctx: SimContext, taskId: string, media: Record<string, MediaSpec>): string {
  return media.cover0 ? taskMediaUrl(ctx, taskId, "cover0", media.cover0) : "";
}

async function findSources(
  ctx: SimContext,
  req: FollowRequest,
): Promise<{ sources: Sources; failure?: SunoFailure }> {
  const sources: Sources = { uploads: [] };
  if (req.audioId) {
    sources.track = findTrack(ctx, req.audioId, req.sourceTaskId);
    if (!sources.track) {
      const what = req.sourceTaskId
        ? `taskId ${req.sourceTaskId} / audioId ${req.audioId}`
        : `audioId ${req.audioId}`;
      return {
        sources,
        failure: fail(`The source music record does not exist (${what})`, "CREATE_TASK_FAILED"),
      };
    }
  }
  for (const url of req.uploadUrls) {
    const uploaded = await resolveAudioUrl(ctx, url);
    if (!uploaded)
      return { sources, failure: fail(`Failed to fetch the audio file: ${url}`, "CREATE_TASK_FAILED", 451) };
    sources.uploads.push(uploaded);
  }
  const problem = sourceProblem(req, sources);
  return problem ? { sources, failure: fail(problem, "CREATE_TASK_FAILED", 400) } : { sources };
}

/** Rules that need the source's length or model; Kie only finds these out after the create. */
function sourceProblem(req: FollowRequest, sources: Sources): string | undefined {
  const duration = sources.track?.track.duration ?? sources.uploads[0]?.durationSec;
  if (req.operation === "extend" && sources.track && sources.track.task.model !== req.model)
    return `model must match the source audio's model (${sources.track.task.model})`;
  if (req.continueAt !== undefined && duration !== undefined && req.continueAt >= duration)
    return `continueAt must be less than the audio duration (${secs(duration)})`;
  if (req.section && duration !== undefined) {
    if (req.section.end > duration) return `infillEndS cannot exceed the audio duration (${secs(duration)})`;
    if (req.section.end - req.section.start > duration / 2)
      return `The replaced section cannot exceed 50% of the audio duration (${secs(duration / 2)})`;
  }
  return undefined;
}

/** Titles, tags, lyrics and lengths of the takes each endpoint produces. */
function plan(req: FollowRequest, sources: Sources, taskId: string): Take[] {
  const { song } = req;
  const rng = createRng(seedFrom("follow", taskId, song.prompt));
  const src = sources.track?.track ?? sources.uploads[0]?.track?.track;
  const srcSeconds = src?.duration ?? sources.uploads[0]?.durationSec;
  const fresh = takeDurations(taskId, song.prompt).map((n) => n / SAMPLE_RATE);
  const two = (take: (i: number) => Take) => [take(0), take(1)];
  const newPart = () => rng.range(12, 20);
  switch (req.operation) {
    case "extend":
    case "upload_extend": {
      const start = req.continueAt ?? srcSeconds ?? 30;
      const title = req.customParams ? song.title : (src?.title ?? titleFor(song));
      const tags = req.customParams ? song.style : (src?.tags ?? tagsFor(song));
      const before = src?.lyrics ?? "";
      const added = req.customParams ? lyricsFor(song) : song.instrumental ? "" : lyricsFor(song);
      const lyrics = [before, added].filter(Boolean).join("\n\n");
      return two(() => ({ title, tags, lyrics, seconds: start + newPart() }));
    }
    case "upload_cover": {
      const title = song.customMode ? song.title : (src?.title ?? titleFor(song));
      return two((i) => ({
        title,
        tags: tagsFor(song),
        lyrics: lyricsFor(song),
        seconds: srcSeconds ?? fresh[i],
      }));
    }
    case "add_instrumental":
      return two((i) => ({
        title: song.title,
        tags: song.style,
        lyrics: src?.lyrics ?? "",
        seconds: srcSeconds ?? fresh[i],
      }));
    case "add_vocals":
      return two((i) => ({
        title: song.title,
        tags: song.style,
        lyrics: song.prompt,
        seconds: srcSeconds ?? fresh[i],
      }));
    case "replace_section":
      // One track: the source with the section re-sung (Kie's replace-section callback has one).
      return [
        {
          title: song.title,
          tags: song.style,
          lyrics: req.section?.fullLyrics ?? "",
          seconds: srcSeconds ?? 30,
        },
      ];
    case "mashup":
      return two((i) => ({
        title: titleFor(song),
        tags: tagsFor(song),
        lyrics: lyricsFor(song),
        seconds: fresh[i],
      }));
    case "sounds":
      return two((i) => soundTake(req, i));
  }
}

/** Sounds are short: four bars at the requested tempo (eight when not looping), 2–30 s. */
function soundTake(req: FollowRequest, take: number): Take {
  const { loop = false, tempo, key = "Any" } = req.sound ?? {};
  const bpm = tempo ?? 120;
  const bars = loop ? 4 : 8;
  const seconds = Math.min(30, Math.max(2, (bars * 4 * 60) / bpm)) + (loop ? 0 : take * 0.5);
  const tags = [key !== "Any" ? key : undefined, `${bpm} bpm`, loop ? "loop" : undefined]
    .filter(Boolean)
    .join(", ");
  return { title: titleFor(req.song), tags, lyrics: "", seconds };
}
