import { meta } from "../../body";
import type { SourceRef } from "../../types";
import { requiredText, SUNO_MODELS, type SunoModel } from "../fields";

/** Example Kie ids in the docs' shape (a fresh simulator has neither; sources fill real ones). */
export const EXAMPLE_AUDIO_ID = "e231b2c4-5d6f-4a8b-9c0d-1e2f8cadc7dc";
export const EXAMPLE_TASK_ID = "5c79a1b2c3d4e5f60718293a4b5cbe8e";
export const EXAMPLE_UPLOAD_URL = "https://tempfile.redpandaai.co/kieai/100001/kie-studio/demo-song.mp3";

/** Kie's id of one Suno track: filled from the chosen result, so the form shows it read-only. */
export const audioIdField = requiredText("Pick the track to start from")
  .max(128, "That does not look like a Suno audio id")
  .meta(
    meta({
      label: "Track",
      help: "The Suno track (Kie's audioId) this starts from.",
      placeholder: "Suno audio id",
    }),
  );

/** The source track's model, when it was made with one Suno knows (extend must reuse it). */
export function sourceModel(src: SourceRef): SunoModel | undefined {
  const model = src.taskInput.model;
  return typeof model === "string" && (SUNO_MODELS as readonly string[]).includes(model)
    ? (model as SunoModel)
    : undefined;
}

/** Lyrics of the source track: what Suno returned, else the lyrics it was asked to sing. */
export function sourceLyrics(src: SourceRef): string | undefined {
  const fromMeta = src.meta?.lyrics;
  if (typeof fromMeta === "string" && fromMeta.trim()) return fromMeta;
  // Simple-mode prompts and sound prompts are descriptions, not lyrics.
  const sung =
    src.taskInput.customMode !== false &&
    src.taskInput.instrumental !== true &&
    src.operationId !== "music.sounds";
  const prompt = src.taskInput.prompt;
  return sung && typeof prompt === "string" && prompt.trim() ? prompt : undefined;
}

/** "36.4 s" */
export const seconds = (s: number) => `${Math.round(s * 10) / 10} s`;
