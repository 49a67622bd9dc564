import { z } from "zod";
import { marketOperation } from "../market";
import { mediaUrlField } from "../media";
import type { OperationDef } from "../types";
import { EXAMPLE_AUDIO, elevenLabsId, fromAnyAudio } from "./fields";

const input = z.object({
  audio_url: mediaUrlField("audio", { label: "Recording", help: "Audio with speech to clean up." }),
});

/** ElevenLabs Voice Isolator: the same recording with only the voice kept. */
export const audioIsolation: OperationDef<typeof input> = {
  ...marketOperation({
    id: elevenLabsId("elevenlabs/audio-isolation"),
    model: "elevenlabs/audio-isolation",
    category: "audio",
    title: "Voice isolation",
    modelLabel: "ElevenLabs Voice Isolator",
    summary: "Keeps the voice and removes background noise, music and room echo from a recording.",
    outputs: ["audio"],
    input,
    cost: () => 3,
    example: { audio_url: EXAMPLE_AUDIO },
  }),
  source: fromAnyAudio("Isolate voice"),
};
