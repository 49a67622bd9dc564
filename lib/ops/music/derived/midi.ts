import { z } from "zod";
import { meta, stripUndefined } from "../../body";
import type { OperationDef } from "../../types";
import { EXAMPLE_AUDIO_ID, EXAMPLE_TASK_ID, sunoTaskIdField } from "./fields";

const input = z.object({
  taskId: sunoTaskIdField("Source stems", "The Kie task id of a finished stem separation."),
  audioId: z
    .string()
    .trim()
    .max(128, "That does not look like a Suno audio id")
    .optional()
    .meta(meta({ label: "Stem", help: "One stem's id; leave empty to transcribe every stem." })),
});

/** REFERENCE §6.11: notes per instrument, returned in the record; we keep them as a MIDI file. */
export const musicMidi: OperationDef<typeof input> = {
  id: "music.midi",
  category: "music",
  title: "Generate MIDI",
  summary: "Transcribes separated stems into MIDI notes per instrument.",
  outputs: ["midi"],
  mode: "async",
  model: "Suno",
  input,
  status: "suno-midi",
  callback: "required",
  request: {
    method: "POST",
    path: "/api/v1/midi/generate",
    toBody: (i, { callBackUrl }) => stripUndefined({ taskId: i.taskId, audioId: i.audioId, callBackUrl }),
  },
  cost: () => 5,
  example: { taskId: EXAMPLE_TASK_ID, audioId: EXAMPLE_AUDIO_ID },
  source: {
    kinds: ["audio"],
    fromOperations: ["music.stems"],
    action: "Get MIDI",
    prefill: (src) => ({ taskId: src.kieTaskId, audioId: src.providerId }),
  },
};
