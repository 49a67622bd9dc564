import { z } from "zod";
import { meta } from "../../body";
import type { SourceRef, SourceSpec } from "../../types";
import { SUNO_TRACK_OPERATIONS } from "../fields";

/** The Kie task id of the finished Suno task a derived operation starts from. */
export function sunoTaskIdField(label: string, help: string) {
  return z
    .string()
    .trim()
    .min(1, `Pick the ${label.toLowerCase()} to start from`)
    .max(128, "That does not look like a Kie task id")
    .meta(meta({ label, help, ref: "kie-task" }));
}

/** Suno's id for one track (or stem): `audioId` in Kie's bodies. */
export function audioIdField(label: string, help: string) {
  return z
    .string()
    .trim()
    .min(1, `Pick the ${label.toLowerCase()}`)
    .max(128, "That does not look like a Suno audio id")
    .meta(meta({ label, help }));
}

export const songTaskId = sunoTaskIdField("Source song", "The Kie task id of the finished Suno song.");
export const songAudioId = audioIdField("Track", "Suno's id for the track (audioId); a song task has two.");

/** Derived operations that start from one finished Suno track. */
export function fromSunoTrack<I extends { taskId?: string; audioId?: string }>(
  action: string,
): SourceSpec<I> {
  return {
    kinds: ["audio"],
    fromOperations: SUNO_TRACK_OPERATIONS,
    action,
    prefill: (src: SourceRef) => ({ taskId: src.kieTaskId, audioId: src.providerId }) as Partial<I>,
  };
}

/** Example ids in Kie's live format (32-hex task id, UUID audio id). */
export const EXAMPLE_TASK_ID = "2fac4e1c3f9b4b1e8d1f7a6c5b4e9f72";
export const EXAMPLE_AUDIO_ID = "e2311a4c-7d3b-4a57-9a0e-5f1c8cadc7dc";
