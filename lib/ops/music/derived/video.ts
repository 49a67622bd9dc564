import { z } from "zod";
import { meta, stripUndefined } from "../../body";
import type { OperationDef } from "../../types";
import { EXAMPLE_AUDIO_ID, EXAMPLE_TASK_ID, fromSunoTrack, songAudioId, songTaskId } from "./fields";

const credit = (label: string, placeholder: string, help: string) =>
  z
    .string()
    .trim()
    .max(50, `${label} can be at most 50 characters`)
    .optional()
    .meta(meta({ label, placeholder, help }));

const input = z.object({
  taskId: songTaskId,
  audioId: songAudioId,
  author: credit("Artist", "Nova Lane", "Shown as the artist in the video."),
  domainName: credit("Watermark", "music.example.com", "A domain or brand shown as a watermark."),
});

/** REFERENCE §6.12: a visualiser video (MP4) for one track. */
export const musicVideo: OperationDef<typeof input> = {
  id: "music.video",
  category: "music",
  title: "Music video",
  summary: "A video for a track, with the artist name and an optional watermark.",
  outputs: ["video"],
  mode: "async",
  model: "Suno",
  input,
  status: "suno-mp4",
  callback: "required",
  request: {
    method: "POST",
    path: "/api/v1/mp4/generate",
    toBody: (i, { callBackUrl }) =>
      stripUndefined({
        taskId: i.taskId,
        audioId: i.audioId,
        author: i.author,
        domainName: i.domainName,
        callBackUrl,
      }),
  },
  cost: () => 8,
  example: { taskId: EXAMPLE_TASK_ID, audioId: EXAMPLE_AUDIO_ID, author: "Nova Lane" },
  source: fromSunoTrack("Make a video"),
};
