import { z } from "zod";
import { meta } from "../../body";
import type { OperationDef } from "../../types";

const input = z.object({
  prompt: z
    .string()
    .trim()
    .min(1, "Describe the song the lyrics are for")
    .max(200, "The description can be at most 200 characters")
    .meta(
      meta({
        label: "What the song is about",
        widget: "textarea",
        rows: 3,
        placeholder: "A song about a peaceful night in the city",
        help: "Up to 200 characters. Suno writes two or three sets of lyrics with titles.",
      }),
    ),
});

/** REFERENCE §6.9: lyrics only, no audio; each variation comes back inside the record. */
export const musicLyrics: OperationDef<typeof input> = {
  id: "music.lyrics",
  category: "music",
  title: "Write lyrics",
  summary: "Two or three sets of song lyrics, with titles, from a short description.",
  outputs: ["text"],
  mode: "async",
  model: "Suno",
  input,
  status: "suno-lyrics",
  callback: "required",
  request: {
    method: "POST",
    path: "/api/v1/lyrics",
    toBody: (i, { callBackUrl }) => ({ prompt: i.prompt, callBackUrl }),
  },
  cost: () => 2,
  example: { prompt: "A song about a peaceful night in the city" },
};
