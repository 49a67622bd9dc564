import { z } from "zod";
import { meta, stripUndefined } from "../../body";
import { mediaUrlField } from "../../media";
import type { SourceSpec } from "../../types";
import {
  checkPersonaModel,
  checkSunoLimits,
  negativeTagsField,
  personaIdField,
  personaModelField,
  songPrompt,
  songSettings,
  sunoModelField,
  sunoText,
  sunoWeights,
  vocalGenderField,
} from "../fields";
import { sunoTrackOperation } from "../suno-operation";
import { SUNO_TRACK_CREDITS } from "./extend";
import { EXAMPLE_UPLOAD_URL, sourceModel } from "./sources";

const uploadUrl = mediaUrlField("audio", {
  label: "Audio",
  help: "The song to start from (up to 8 minutes; 1 minute with V4.5 All).",
});
const instrumental = z
  .boolean()
  .default(false)
  .meta(meta({ label: "Instrumental", widget: "switch", help: "No vocals." }));

/** Any audio result can be uploaded again: Suno tracks, stems, speech… */
function uploadSource<I>(
  action: string,
  extra: (src: Parameters<SourceSpec<I>["prefill"]>[0]) => Partial<I>,
) {
  return {
    kinds: ["audio" as const],
    action,
    prefill: (src) => ({ uploadUrl: src.ref, ...extra(src) }) as Partial<I>,
  } satisfies SourceSpec<I>;
}

type Issues = Parameters<Parameters<z.ZodObject["superRefine"]>[0]>[1];
const need = (ctx: Issues, path: string, message: string) =>
  ctx.addIssue({ code: "custom", path: [path], message });

// ── Upload & cover (§6.3) ───────────────────────────────────────────────────────────────────────

const CUSTOM_MODE = { field: "customMode", in: [true] };

const coverInput = z
  .object({
    uploadUrl,
    customMode: z
      .boolean()
      .default(false)
      .meta(
        meta({
          label: "Mode",
          widget: "segmented",
          optionLabels: { false: "Simple", true: "Custom" },
          help: "Simple: describe the new version. Custom: you give lyrics, style and title.",
        }),
      ),
    prompt: sunoText({
      max: 5000,
      what: "Lyrics",
      label: "Description or lyrics",
      widget: "textarea",
      rows: 5,
      placeholder: "The same song as a slow acoustic ballad",
      help: "Simple mode: a description (≤ 500 characters). Custom mode: the exact lyrics.",
    }),
    style: sunoText({
      max: 1000,
      what: "Style",
      label: "Style",
      placeholder: "acoustic, warm, female vocals",
      showWhen: CUSTOM_MODE,
    }),
    title: sunoText({ max: 100, what: "Title", label: "Title", showWhen: CUSTOM_MODE }),
    instrumental,
    model: sunoModelField(),
    negativeTags: negativeTagsField(),
    vocalGender: vocalGenderField(CUSTOM_MODE),
    ...sunoWeights(CUSTOM_MODE),
    personaId: personaIdField(CUSTOM_MODE),
    personaModel: personaModelField(CUSTOM_MODE),
  })
  .superRefine((v, ctx) => {
    if (!v.customMode) {
      if (!v.prompt) need(ctx, "prompt", "Describe the new version");
      else if (v.prompt.length > 500)
        need(ctx, "prompt", "In simple mode the description can be at most 500 characters");
      return;
    }
    if (!v.style) need(ctx, "style", "Custom mode needs a style");
    if (!v.title) need(ctx, "title", "Custom mode needs a title");
    if (!v.instrumental && !v.prompt) need(ctx, "prompt", "Custom mode with vocals needs lyrics");
    checkSunoLimits(v, ctx);
    checkPersonaModel(v, ctx);
  });

export const musicUploadCover = sunoTrackOperation({
  id: "music.upload-cover",
  title: "Cover a song",
  summary: "A new version of an uploaded song in another style, keeping its melody: two takes.",
  input: coverInput,
  path: "/api/v1/generate/upload-cover",
  toBody: (i, { callBackUrl }) => {
    const body: Record<string, unknown> = {
      uploadUrl: i.uploadUrl,
      customMode: i.customMode,
      instrumental: i.instrumental,
      model: i.model,
      callBackUrl,
      prompt: songPrompt(i.customMode, i.instrumental, i.prompt),
      ...(i.customMode ? songSettings(i) : {}),
    };
    body.negativeTags = i.negativeTags;
    return stripUndefined(body);
  },
  cost: () => SUNO_TRACK_CREDITS,
  example: {
    uploadUrl: EXAMPLE_UPLOAD_URL,
    customMode: false,
    prompt: "The same song as a gentle acoustic guitar ballad",
    instrumental: false,
    model: "V5",
  },
  source: uploadSource("Cover", () => ({})),
});

// ── Upload & extend (§6.3) ──────────────────────────────────────────────────────────────────────

const CUSTOM = { field: "defaultParamFlag", in: [true] };

const extendInput = z
  .object({
    uploadUrl,
    defaultParamFlag: z
      .boolean()
      .default(false)
      .meta(
        meta({
          label: "Settings",
          widget: "segmented",
          optionLabels: { false: "Same as the song", true: "Custom" },
          help: "Same as the song: describe the continuation; the rest follows the upload. Custom: lyrics, style, title and where to continue.",
        }),
      ),
    continueAt: z
      .number()
      .gt(0, "Continue at must be after the start of the song")
      .optional()
      .meta(
        meta({
          label: "Continue at (seconds)",
          widget: "number",
          help: "Where the new part starts; must be before the end of the upload.",
        }),
      ),
    prompt: sunoText({
      max: 5000,
      what: "Lyrics",
      label: "Description or lyrics",
      widget: "textarea",
      rows: 5,
      placeholder: "Carry on with a soaring final chorus",
      help: "Same-as-the-song mode: what should happen next. Custom: the lyrics of the new part.",
    }),
    style: sunoText({ max: 1000, what: "Style", label: "Style", showWhen: CUSTOM }),
    title: sunoText({ max: 100, what: "Title", label: "Title", showWhen: CUSTOM }),
    instrumental,
    model: sunoModelField("Use the model the song was made with, when it came from Suno."),
    negativeTags: negativeTagsField(CUSTOM),
    vocalGender: vocalGenderField(CUSTOM),
    ...sunoWeights(CUSTOM),
    personaId: personaIdField(CUSTOM),
  })
  .superRefine((v, ctx) => {
    if (!v.defaultParamFlag) {
      if (!v.prompt) need(ctx, "prompt", "Describe how the song should continue");
    } else {
      if (v.continueAt === undefined)
        need(ctx, "continueAt", "Custom settings need the second to continue at");
      if (!v.style) need(ctx, "style", "Custom settings need a style");
      if (!v.title) need(ctx, "title", "Custom settings need a title");
      if (!v.instrumental && !v.prompt) need(ctx, "prompt", "Custom settings with vocals need lyrics");
    }
    checkSunoLimits(v, ctx);
  });

export const musicUploadExtend = sunoTrackOperation({
  id: "music.upload-extend",
  title: "Extend a song",
  summary: "Continue an uploaded song in its own style: two longer takes.",
  input: extendInput,
  path: "/api/v1/generate/upload-extend",
  toBody: (i, { callBackUrl }) => {
    const body: Record<string, unknown> = {
      uploadUrl: i.uploadUrl,
      defaultParamFlag: i.defaultParamFlag,
      instrumental: i.instrumental,
      continueAt: i.continueAt,
      model: i.model,
      callBackUrl,
      prompt: songPrompt(i.defaultParamFlag, i.instrumental, i.prompt),
      ...(i.defaultParamFlag ? { ...songSettings(i), negativeTags: i.negativeTags } : {}),
    };
    return stripUndefined(body);
  },
  cost: () => SUNO_TRACK_CREDITS,
  example: {
    uploadUrl: EXAMPLE_UPLOAD_URL,
    defaultParamFlag: true,
    continueAt: 15,
    prompt: "[Chorus]\nWe keep on driving into the light",
    style: "synth-pop, driving",
    title: "Highway Lights (Extended)",
    instrumental: false,
    model: "V5",
  },
  source: uploadSource("Extend (as upload)", (src) => ({ model: sourceModel(src) })),
});
