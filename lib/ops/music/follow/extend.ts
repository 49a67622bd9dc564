import { z } from "zod";
import { meta, stripUndefined } from "../../body";
import {
  checkSunoLimits,
  negativeTagsField,
  personaIdField,
  SUNO_TRACK_OPERATIONS,
  songSettings,
  sunoModelField,
  sunoText,
  sunoWeights,
  vocalGenderField,
} from "../fields";
import { sunoTrackOperation } from "../suno-operation";
import { audioIdField, EXAMPLE_AUDIO_ID, seconds, sourceModel } from "./sources";

/** Extend, upload-cover and friends cost what a generation costs (REFERENCE §13: 10–12). */
export const SUNO_TRACK_CREDITS = 12;

const CUSTOM = { field: "defaultParamFlag", in: [true] };

const input = z
  .object({
    audioId: audioIdField,
    defaultParamFlag: z
      .boolean()
      .default(false)
      .meta(
        meta({
          label: "Settings",
          widget: "segmented",
          optionLabels: { false: "Same as the track", true: "Custom" },
          help: "Same as the track: Suno continues it with its own lyrics and style. Custom: you choose where it continues and what comes next.",
        }),
      ),
    model: sunoModelField("Must be the model the track was made with."),
    continueAt: z
      .number()
      .gt(0, "Continue at must be after the start of the track")
      .optional()
      .meta(
        meta({
          label: "Continue at (seconds)",
          widget: "number",
          help: "Where the new part starts; must be before the end of the track.",
          showWhen: CUSTOM,
        }),
      ),
    prompt: sunoText({
      max: 5000,
      what: "Lyrics",
      label: "Lyrics",
      widget: "textarea",
      rows: 6,
      placeholder: "[Verse 3] ...",
      help: "Sung verbatim in the new part.",
      showWhen: CUSTOM,
    }),
    style: sunoText({
      max: 1000,
      what: "Style",
      label: "Style",
      placeholder: "synth-pop, female vocals",
      showWhen: CUSTOM,
    }),
    title: sunoText({ max: 100, what: "Title", label: "Title", showWhen: CUSTOM }),
    negativeTags: negativeTagsField(CUSTOM),
    vocalGender: vocalGenderField(CUSTOM),
    ...sunoWeights(CUSTOM),
    personaId: personaIdField(CUSTOM),
  })
  .superRefine((v, ctx) => {
    if (!v.defaultParamFlag) return;
    const need = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (v.continueAt === undefined) need("continueAt", "Custom settings need the second to continue at");
    if (!v.prompt) need("prompt", "Custom settings need lyrics for the new part");
    if (!v.style) need("style", "Custom settings need a style");
    if (!v.title) need("title", "Custom settings need a title");
    checkSunoLimits(v, ctx);
  });

export const musicExtend = sunoTrackOperation({
  id: "music.extend",
  title: "Extend a track",
  summary: "Continue a Suno track from any point: two longer takes.",
  input,
  path: "/api/v1/generate/extend",
  toBody: (i, { callBackUrl }) => {
    const body: Record<string, unknown> = {
      defaultParamFlag: i.defaultParamFlag,
      audioId: i.audioId,
      model: i.model,
      callBackUrl,
    };
    // With defaultParamFlag false Kie inherits everything from the source track.
    if (i.defaultParamFlag)
      Object.assign(body, {
        continueAt: i.continueAt,
        prompt: i.prompt,
        negativeTags: i.negativeTags,
        ...songSettings(i),
      });
    return stripUndefined(body);
  },
  cost: () => SUNO_TRACK_CREDITS,
  example: {
    audioId: EXAMPLE_AUDIO_ID,
    defaultParamFlag: true,
    model: "V5",
    continueAt: 20,
    prompt: "[Verse 3]\nThe rain keeps time on the window pane",
    style: "lo-fi piano, mellow",
    title: "Rainy Afternoon (Extended)",
  },
  source: {
    kinds: ["audio"],
    fromOperations: SUNO_TRACK_OPERATIONS,
    action: "Extend",
    prefill: (src) => ({
      audioId: src.providerId,
      model: sourceModel(src),
      defaultParamFlag: false,
      title: src.title ? `${src.title} (Extended)`.slice(0, 80) : undefined,
    }),
  },
  checkAgainstSource: (i, src) => {
    const model = sourceModel(src);
    if (model && model !== i.model)
      return { path: "model", message: `Extend must use the track's model (${model})` };
    if (
      i.defaultParamFlag &&
      i.continueAt !== undefined &&
      src.durationSec &&
      i.continueAt >= src.durationSec
    )
      return {
        path: "continueAt",
        message: `Continue at must be before the end of the track (${seconds(src.durationSec)})`,
      };
    return undefined;
  },
});
