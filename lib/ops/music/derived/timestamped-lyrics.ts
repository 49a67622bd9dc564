import { z } from "zod";
import type { OperationDef } from "../../types";
import { EXAMPLE_AUDIO_ID, EXAMPLE_TASK_ID, fromSunoTrack, songAudioId, songTaskId } from "./fields";

const input = z.object({ taskId: songTaskId, audioId: songAudioId });

/** REFERENCE §6.8: synchronous; the answer holds every sung word with its start and end time. */
export const musicTimestampedLyrics: OperationDef<typeof input> = {
  id: "music.timestamped-lyrics",
  category: "music",
  title: "Timestamped lyrics",
  summary: "Karaoke timing: each sung word of a track with its start and end time.",
  outputs: ["text"],
  mode: "sync",
  model: "Suno",
  input,
  status: "suno-timestamped-lyrics",
  callback: "optional",
  request: {
    method: "POST",
    path: "/api/v1/generate/get-timestamped-lyrics",
    toBody: (i) => ({ taskId: i.taskId, audioId: i.audioId }),
  },
  cost: () => 2,
  example: { taskId: EXAMPLE_TASK_ID, audioId: EXAMPLE_AUDIO_ID },
  source: fromSunoTrack("Karaoke lyrics"),
};
