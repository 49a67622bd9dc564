import { z } from "zod";
import type { OperationDef } from "../../types";
import { EXAMPLE_AUDIO_ID, EXAMPLE_TASK_ID, fromSunoTrack, songAudioId, songTaskId } from "./fields";

const input = z.object({ taskId: songTaskId, audioId: songAudioId });

/** REFERENCE §6.10: a lossless WAV of one track; Kie refuses a second WAV of the same track (409). */
export const musicWav: OperationDef<typeof input> = {
  id: "music.wav",
  category: "music",
  title: "Convert to WAV",
  summary: "A lossless WAV file of a track.",
  outputs: ["audio"],
  mode: "async",
  model: "Suno",
  input,
  status: "suno-wav",
  callback: "required",
  request: {
    method: "POST",
    path: "/api/v1/wav/generate",
    toBody: (i, { callBackUrl }) => ({ taskId: i.taskId, audioId: i.audioId, callBackUrl }),
  },
  cost: () => 2,
  example: { taskId: EXAMPLE_TASK_ID, audioId: EXAMPLE_AUDIO_ID },
  source: fromSunoTrack("Get WAV"),
};
