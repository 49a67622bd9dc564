import { z } from "zod";
import { meta, stripUndefined } from "../../body";
import { mediaUrlField } from "../../media";
import type { SourceRef } from "../../types";
import { requiredText, sunoWeights, vocalGenderField } from "../fields";
import { sunoTrackOperation } from "../suno-operation";
import { SUNO_TRACK_CREDITS } from "./extend";
import { EXAMPLE_UPLOAD_URL } from "./sources";

/** add-instrumental / add-vocals take only these three models (§6.4), default V4.5+. */
const LAYER_MODELS = ["V4_5PLUS", "V5", "V5_5"] as const;

const model = z
  .enum(LAYER_MODELS)
  .default("V4_5PLUS")
  .meta(
    meta({
      label: "Model",
      widget: "select",
      optionLabels: {
        V4_5PLUS: "V4.5+ · richer sound",
        V5: "V5 · best musicality",
        V5_5: "V5.5 · custom models",
      },
    }),
  );

const title = requiredText("Give the result a title")
  .max(100, "The title can be at most 100 characters")
  .meta(meta({ label: "Title", placeholder: "Midnight Echoes" }));

const negativeTags = requiredText("Name at least one style to avoid")
  .max(200, "Negative tags can be at most 200 characters")
  .meta(
    meta({
      label: "Avoid styles",
      placeholder: "heavy metal, screaming",
      help: "Kie requires at least one style to steer away from.",
    }),
  );

const styleText = (label: string, help: string) =>
  requiredText(`Describe the ${label.toLowerCase()}`)
    .max(1000, `${label} can be at most 1000 characters`)
    .meta(meta({ label, help, placeholder: "warm strings, soft drums, 90 bpm" }));

const layerSource = (action: string, extra: (src: SourceRef) => Record<string, unknown>) => ({
  kinds: ["audio" as const],
  action,
  prefill: (src: SourceRef) => ({
    uploadUrl: src.ref,
    title: src.title?.slice(0, 100),
    ...extra(src),
  }),
});

const sourceTags = (src: SourceRef) => (typeof src.meta?.tags === "string" ? src.meta.tags : undefined);

const layerBody = (i: {
  model: string;
  vocalGender?: string;
  styleWeight?: number;
  weirdnessConstraint?: number;
  audioWeight?: number;
}) => ({
  model: i.model,
  vocalGender: i.vocalGender,
  styleWeight: i.styleWeight,
  weirdnessConstraint: i.weirdnessConstraint,
  audioWeight: i.audioWeight,
});

// ── Add instrumental (§6.4): music under a vocal or melody recording ─────────────────────────────

const instrumentalInput = z.object({
  uploadUrl: mediaUrlField("audio", { label: "Vocals", help: "A vocal or melody recording to accompany." }),
  title,
  tags: styleText("Accompaniment style", "The instruments and feel of the backing track."),
  negativeTags,
  model,
  vocalGender: vocalGenderField(),
  ...sunoWeights(),
});

export const musicAddInstrumental = sunoTrackOperation({
  id: "music.add-instrumental",
  title: "Add instrumental",
  summary: "Backing music for a vocal or melody recording: two takes.",
  input: instrumentalInput,
  path: "/api/v1/generate/add-instrumental",
  toBody: (i, { callBackUrl }) =>
    stripUndefined({
      uploadUrl: i.uploadUrl,
      title: i.title,
      tags: i.tags,
      negativeTags: i.negativeTags,
      callBackUrl,
      ...layerBody(i),
    }),
  cost: () => SUNO_TRACK_CREDITS,
  example: {
    uploadUrl: EXAMPLE_UPLOAD_URL,
    title: "Hummed Melody",
    tags: "acoustic guitar, soft piano, relaxing",
    negativeTags: "heavy metal, distorted guitar",
    model: "V4_5PLUS",
  },
  source: layerSource("Add instrumental", (src) => ({ tags: sourceTags(src) })),
});

// ── Add vocals (§6.4): singing over an instrumental ──────────────────────────────────────────────

const vocalsInput = z.object({
  uploadUrl: mediaUrlField("audio", { label: "Instrumental", help: "The backing track to sing over." }),
  prompt: requiredText("Write the lyrics to sing")
    .max(5000, "Lyrics can be at most 5000 characters")
    .meta(
      meta({
        label: "Lyrics",
        widget: "textarea",
        rows: 6,
        placeholder: "[Verse]\nCity lights are fading slow",
        help: "Sung over the instrumental; use [Verse] and [Chorus] tags.",
      }),
    ),
  title,
  style: styleText("Vocal style", "The voice and delivery."),
  negativeTags,
  model,
  vocalGender: vocalGenderField(),
  ...sunoWeights(),
});

export const musicAddVocals = sunoTrackOperation({
  id: "music.add-vocals",
  title: "Add vocals",
  summary: "Singing over an instrumental, from your lyrics: two takes.",
  input: vocalsInput,
  path: "/api/v1/generate/add-vocals",
  toBody: (i, { callBackUrl }) =>
    stripUndefined({
      uploadUrl: i.uploadUrl,
      prompt: i.prompt,
      title: i.title,
      style: i.style,
      negativeTags: i.negativeTags,
      callBackUrl,
      ...layerBody(i),
    }),
  cost: () => SUNO_TRACK_CREDITS,
  example: {
    uploadUrl: EXAMPLE_UPLOAD_URL,
    prompt: "[Verse]\nCity lights are fading slow\n[Chorus]\nHold on, hold on",
    title: "Fading Lights",
    style: "soulful female vocals, jazzy",
    negativeTags: "screaming, rap",
    model: "V5",
  },
  source: layerSource("Add vocals", (src) => ({ style: sourceTags(src) })),
});
