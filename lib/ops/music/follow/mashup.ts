import { z } from "zod";
import { meta, stripUndefined } from "../../body";
import { mediaUrlsField } from "../../media";
import {
  checkSunoLimits,
  songPrompt,
  songSettings,
  sunoModelField,
  sunoText,
  sunoWeights,
  vocalGenderField,
} from "../fields";
import { sunoTrackOperation } from "../suno-operation";
import { EXAMPLE_UPLOAD_URL } from "./sources";

/** REFERENCE §13: mashup costs 8 credits. */
const MASHUP_CREDITS = 8;
const CUSTOM_MODE = { field: "customMode", in: [true] };

const input = z
  .object({
    uploadUrlList: mediaUrlsField("audio", 2, {
      min: 2,
      label: "Songs",
      help: "Exactly two songs to blend.",
    }),
    customMode: z
      .boolean()
      .default(false)
      .meta(
        meta({
          label: "Mode",
          widget: "segmented",
          optionLabels: { false: "Simple", true: "Custom" },
          help: "Simple: describe the blend. Custom: you give lyrics, style and title.",
        }),
      ),
    prompt: sunoText({
      max: 5000,
      what: "Lyrics",
      label: "Description or lyrics",
      widget: "textarea",
      rows: 5,
      placeholder: "Blend both songs into an upbeat dance track",
      help: "Simple mode: a description (≤ 500 characters). Custom mode: the exact lyrics.",
    }),
    style: sunoText({ max: 1000, what: "Style", label: "Style", showWhen: CUSTOM_MODE }),
    title: sunoText({ max: 100, what: "Title", label: "Title", showWhen: CUSTOM_MODE }),
    instrumental: z
      .boolean()
      .default(false)
      .meta(meta({ label: "Instrumental", widget: "switch", help: "No vocals." })),
    model: sunoModelField(),
    vocalGender: vocalGenderField(CUSTOM_MODE),
    ...sunoWeights(CUSTOM_MODE),
  })
  .superRefine((v, ctx) => {
    const need = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (!v.customMode) {
      if (!v.prompt) need("prompt", "Describe the mashup");
      else if (v.prompt.length > 500)
        need("prompt", "In simple mode the description can be at most 500 characters");
      return;
    }
    if (!v.style) need("style", "Custom mode needs a style");
    if (!v.title) need("title", "Custom mode needs a title");
    if (!v.instrumental && !v.prompt) need("prompt", "Custom mode with vocals needs lyrics");
    checkSunoLimits(v, ctx);
  });

export const musicMashup = sunoTrackOperation({
  id: "music.mashup",
  title: "Mashup",
  summary: "Blend two songs into a new one: two takes.",
  input,
  path: "/api/v1/generate/mashup",
  toBody: (i, { callBackUrl }) => {
    const body: Record<string, unknown> = {
      uploadUrlList: i.uploadUrlList,
      customMode: i.customMode,
      instrumental: i.instrumental,
      model: i.model,
      callBackUrl,
      prompt: songPrompt(i.customMode, i.instrumental, i.prompt),
      ...(i.customMode ? songSettings(i) : {}),
    };
    return stripUndefined(body);
  },
  cost: () => MASHUP_CREDITS,
  example: {
    uploadUrlList: [EXAMPLE_UPLOAD_URL, EXAMPLE_UPLOAD_URL.replace("demo-song", "second-song")],
    customMode: false,
    prompt: "Blend both songs into an upbeat dance track",
    instrumental: false,
    model: "V5",
  },
  source: {
    kinds: ["audio"],
    action: "Mashup",
    // The second song is picked in the form.
    prefill: (src) => ({ uploadUrlList: [src.ref] }),
  },
});
