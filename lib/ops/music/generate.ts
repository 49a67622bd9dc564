import { z } from "zod";
import { meta, stripUndefined } from "../body";
import {
  MODEL_LABELS,
  negativeTagsField,
  SUNO_MODELS,
  songPrompt,
  songSettings,
  sunoWeights,
  vocalGenderField,
} from "./fields";
import { sunoTrackOperation } from "./suno-operation";

const m = meta;
const CUSTOM_ONLY = { field: "customMode", in: [true] };

export { SUNO_MODELS };

const input = z
  .object({
    customMode: z
      .boolean()
      .default(false)
      .meta(
        m({
          label: "Mode",
          widget: "segmented",
          optionLabels: { false: "Simple", true: "Custom" },
          help: "Simple: describe the song and Suno writes the lyrics. Custom: you provide lyrics, style and title.",
        }),
      ),
    prompt: z
      .string()
      .trim()
      .max(5000, "Lyrics can be at most 5000 characters")
      .default("")
      .meta(
        m({
          label: "Description or lyrics",
          widget: "textarea",
          rows: 6,
          placeholder: "An upbeat synth-pop song about a summer road trip",
          help: "Simple mode: a description (≤ 500 characters). Custom mode: the exact lyrics, with [Verse] and [Chorus] tags.",
        }),
      ),
    style: z
      .string()
      .trim()
      .max(1000, "Style can be at most 1000 characters")
      .default("")
      .meta(
        m({
          label: "Style",
          placeholder: "synth-pop, female vocals, 120 bpm",
          help: "Genres, moods, instruments.",
          showWhen: { field: "customMode", in: [true] },
        }),
      ),
    title: z
      .string()
      .trim()
      .max(80, "Title can be at most 80 characters")
      .default("")
      .meta(
        m({ label: "Title", placeholder: "Highway Lights", showWhen: { field: "customMode", in: [true] } }),
      ),
    instrumental: z
      .boolean()
      .default(false)
      .meta(m({ label: "Instrumental", widget: "switch", help: "No vocals." })),
    model: z
      .enum(SUNO_MODELS)
      .default("V5")
      .meta(m({ label: "Model", widget: "select", optionLabels: MODEL_LABELS })),
    vocalGender: vocalGenderField(CUSTOM_ONLY),
    negativeTags: negativeTagsField(),
    ...sunoWeights(CUSTOM_ONLY),
    personaId: z
      .string()
      .trim()
      .max(100)
      .optional()
      .meta(
        m({
          label: "Persona ID",
          help: "A persona created from an earlier song.",
          group: "Fine-tuning",
          advanced: true,
          showWhen: { field: "customMode", in: [true] },
        }),
      ),
  })
  .superRefine((v, ctx) => {
    if (!v.customMode) {
      if (!v.prompt)
        ctx.addIssue({ code: "custom", path: ["prompt"], message: "Describe the song you want" });
      else if (v.prompt.length > 500)
        ctx.addIssue({
          code: "custom",
          path: ["prompt"],
          message: "In simple mode the description can be at most 500 characters",
        });
      return;
    }
    if (!v.style) ctx.addIssue({ code: "custom", path: ["style"], message: "Custom mode needs a style" });
    if (!v.title) ctx.addIssue({ code: "custom", path: ["title"], message: "Custom mode needs a title" });
    if (!v.instrumental && !v.prompt)
      ctx.addIssue({ code: "custom", path: ["prompt"], message: "Custom mode with vocals needs lyrics" });
    if (v.model === "V4" && v.prompt.length > 3000)
      ctx.addIssue({
        code: "custom",
        path: ["prompt"],
        message: "V4 accepts at most 3000 characters of lyrics",
      });
    if (v.model === "V4" && v.style.length > 200)
      ctx.addIssue({
        code: "custom",
        path: ["style"],
        message: "V4 accepts at most 200 characters of style",
      });
  });

export const musicGenerate = sunoTrackOperation({
  id: "music.generate",
  title: "Generate music",
  summary: "Two takes of a full song from a description or your own lyrics.",
  input,
  path: "/api/v1/generate",
  toBody: (i, { callBackUrl }) => {
    const body: Record<string, unknown> = {
      customMode: i.customMode,
      instrumental: i.instrumental,
      model: i.model,
      callBackUrl,
      prompt: songPrompt(i.customMode, i.instrumental, i.prompt),
      ...(i.customMode ? songSettings({ ...i, personaModel: undefined }) : {}),
    };
    body.negativeTags = i.negativeTags || undefined;
    return stripUndefined(body);
  },
  cost: () => 12,
  example: {
    customMode: false,
    prompt: "A calm lo-fi piano track for a rainy afternoon",
    instrumental: false,
    model: "V5",
  },
});
