import { z } from "zod";
import { meta } from "../../body";
import type { OperationDef } from "../../types";

// Kie documents no limit for `content`; the cap matches the longest style Suno generate accepts.
const MAX_CONTENT = 1000;

const input = z.object({
  content: z
    .string()
    .trim()
    .min(1, "Describe the style to expand")
    .max(MAX_CONTENT, `The style can be at most ${MAX_CONTENT} characters`)
    .meta(
      meta({
        label: "Style",
        placeholder: "Pop, Mysterious",
        help: "A few genres or moods; Suno expands them into a detailed style description.",
      }),
    ),
});

/** REFERENCE §6.8: synchronous; `data.result` is the expanded style text. */
export const musicBoostStyle: OperationDef<typeof input> = {
  id: "music.boost-style",
  category: "music",
  title: "Boost style",
  summary: "Expands a short style into a rich style description for custom-mode songs.",
  outputs: ["text"],
  mode: "sync",
  model: "Suno",
  input,
  status: "suno-style",
  callback: "optional",
  request: {
    method: "POST",
    path: "/api/v1/style/generate",
    toBody: (i) => ({ content: i.content }),
  },
  // Live traffic reported creditsConsumed 0.4 (REFERENCE §13).
  cost: () => 0.4,
  example: { content: "Pop, Mysterious" },
};
