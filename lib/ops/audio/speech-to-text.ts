import { z } from "zod";
import { meta } from "../body";
import { marketOperation } from "../market";
import { mediaUrlField } from "../media";
import type { OperationDef } from "../types";
import { EXAMPLE_AUDIO, elevenLabsId, fromAnyAudio, languageCodeField } from "./fields";

const input = z.object({
  audio_url: mediaUrlField("audio", {
    label: "Recording",
    help: "Speech, a podcast, a song or a meeting.",
  }),
  language_code: languageCodeField("The spoken language, if you know it (ISO 639-1/3). Empty: detected."),
  tag_audio_events: z
    .boolean()
    .default(true)
    .meta(
      meta({
        label: "Tag sound events",
        widget: "switch",
        help: "Mark non-speech sounds such as (laughter) or (applause).",
      }),
    ),
  diarize: z
    .boolean()
    .default(false)
    .meta(
      meta({
        label: "Label speakers",
        widget: "switch",
        help: "Tell speakers apart: Speaker 1, Speaker 2…",
      }),
    ),
});

/** ElevenLabs Scribe through Kie: the result is text (`resultObject`), not a file. */
export const speechToText: OperationDef<typeof input> = {
  ...marketOperation({
    id: elevenLabsId("elevenlabs/speech-to-text"),
    model: "elevenlabs/speech-to-text",
    category: "audio",
    title: "Speech to text",
    modelLabel: "ElevenLabs Scribe",
    summary: "A transcript of any recording, with who said what and sound events like (laughter).",
    outputs: ["text"],
    input,
    cost: () => 3,
    example: { audio_url: EXAMPLE_AUDIO, diarize: true },
  }),
  source: fromAnyAudio("Transcribe"),
};
