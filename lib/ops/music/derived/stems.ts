import { z } from "zod";
import { meta } from "../../body";
import type { OperationDef } from "../../types";
import { EXAMPLE_AUDIO_ID, EXAMPLE_TASK_ID, fromSunoTrack, songAudioId, songTaskId } from "./fields";

export const STEM_SPLITS = ["separate_vocal", "split_stem"] as const;

const input = z.object({
  taskId: songTaskId,
  audioId: songAudioId,
  type: z
    .enum(STEM_SPLITS)
    .default("separate_vocal")
    .meta(
      meta({
        label: "Separation",
        widget: "segmented",
        optionLabels: { separate_vocal: "Vocals + instrumental", split_stem: "Every instrument" },
        help: "Two stems, or up to 12 (vocals, drums, bass, guitar, keys, strings…).",
      }),
    ),
});

/** REFERENCE §6.11: each stem is its own audio output; its `originData[].id` feeds MIDI. */
export const musicStems: OperationDef<typeof input> = {
  id: "music.stems",
  category: "music",
  title: "Separate stems",
  summary: "Splits a track into vocals and instrumental, or into up to 12 instrument stems.",
  outputs: ["audio"],
  mode: "async",
  model: "Suno",
  input,
  status: "suno-vocal",
  callback: "required",
  request: {
    method: "POST",
    path: "/api/v1/vocal-removal/generate",
    toBody: (i, { callBackUrl }) => ({ taskId: i.taskId, audioId: i.audioId, type: i.type, callBackUrl }),
  },
  cost: () => 5,
  example: { taskId: EXAMPLE_TASK_ID, audioId: EXAMPLE_AUDIO_ID, type: "separate_vocal" },
  source: fromSunoTrack("Separate stems"),
};
