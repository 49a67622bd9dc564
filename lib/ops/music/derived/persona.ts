import { z } from "zod";
import { meta, stripUndefined } from "../../body";
import type { OperationDef } from "../../types";
import { EXAMPLE_AUDIO_ID, EXAMPLE_TASK_ID, fromSunoTrack, songAudioId, songTaskId } from "./fields";

// Kie states the vocal window (10–30 s) but no text limits; these caps are ours, to keep names usable.
const WINDOW = { min: 10, max: 30 };

const seconds = (label: string, help: string, fallback: number) =>
  z
    .number()
    .min(0, `${label} cannot be negative`)
    .default(fallback)
    .meta(meta({ label, help, widget: "number", group: "Vocal window", advanced: true }));

const input = z
  .object({
    taskId: songTaskId,
    audioId: songAudioId,
    name: z
      .string()
      .trim()
      .min(1, "Name the persona")
      .max(100, "The name can be at most 100 characters")
      .meta(meta({ label: "Name", placeholder: "Midnight Crooner" })),
    description: z
      .string()
      .trim()
      .min(1, "Describe the persona")
      .max(500, "The description can be at most 500 characters")
      .meta(
        meta({
          label: "Description",
          widget: "textarea",
          rows: 3,
          placeholder: "Warm, breathy baritone with a late-night jazz feel",
        }),
      ),
    style: z
      .string()
      .trim()
      .max(1000, "The style can be at most 1000 characters")
      .optional()
      .meta(
        meta({ label: "Style", placeholder: "jazz, smooth", help: "Optional style tags for the persona." }),
      ),
    vocalStart: seconds("Vocal start (s)", "Where the voice sample starts in the track.", 0),
    vocalEnd: seconds("Vocal end (s)", "Where it ends: 10 to 30 seconds after the start.", 30),
  })
  .superRefine((v, ctx) => {
    const span = v.vocalEnd - v.vocalStart;
    if (span < WINDOW.min || span > WINDOW.max)
      ctx.addIssue({
        code: "custom",
        path: ["vocalEnd"],
        message: `The vocal window must be ${WINDOW.min} to ${WINDOW.max} seconds long`,
      });
  });

/** REFERENCE §6.8: synchronous; answers `{personaId, name, description}`, usable as `personaId` later. */
export const musicPersona: OperationDef<typeof input> = {
  id: "music.persona",
  category: "music",
  title: "Create persona",
  summary: "Captures the voice and style of a track as a persona for future songs.",
  outputs: ["text"],
  mode: "sync",
  model: "Suno",
  input,
  status: "suno-persona",
  callback: "optional",
  request: {
    method: "POST",
    path: "/api/v1/generate/generate-persona",
    toBody: (i) =>
      stripUndefined({
        taskId: i.taskId,
        audioId: i.audioId,
        name: i.name,
        description: i.description,
        vocalStart: i.vocalStart,
        vocalEnd: i.vocalEnd,
        style: i.style,
      }),
  },
  cost: () => 5,
  example: {
    taskId: EXAMPLE_TASK_ID,
    audioId: EXAMPLE_AUDIO_ID,
    name: "Midnight Crooner",
    description: "Warm, breathy baritone with a late-night jazz feel",
    vocalStart: 0,
    vocalEnd: 20,
  },
  source: fromSunoTrack("Create persona"),
  checkAgainstSource: (i, src) =>
    src.durationSec !== undefined && i.vocalEnd > src.durationSec
      ? { path: "vocalEnd", message: `The track is only ${Math.floor(src.durationSec)} seconds long` }
      : undefined,
};
