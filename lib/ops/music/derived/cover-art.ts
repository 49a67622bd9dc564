import { z } from "zod";
import type { OperationDef } from "../../types";
import { SUNO_TRACK_OPERATIONS } from "../fields";
import { EXAMPLE_TASK_ID, songTaskId } from "./fields";

const input = z.object({ taskId: songTaskId });

/** REFERENCE §6.8: album art for a whole music task (usually two images); one cover per task. */
export const musicCoverArt: OperationDef<typeof input> = {
  id: "music.cover-art",
  category: "music",
  title: "Cover art",
  summary: "Album art images for a song.",
  outputs: ["image"],
  mode: "async",
  model: "Suno",
  input,
  status: "suno-cover",
  callback: "required",
  request: {
    method: "POST",
    path: "/api/v1/suno/cover/generate",
    toBody: (i, { callBackUrl }) => ({ taskId: i.taskId, callBackUrl }),
  },
  cost: () => 4,
  example: { taskId: EXAMPLE_TASK_ID },
  source: {
    kinds: ["audio"],
    fromOperations: SUNO_TRACK_OPERATIONS,
    action: "Make cover art",
    prefill: (src) => ({ taskId: src.kieTaskId }),
  },
};
