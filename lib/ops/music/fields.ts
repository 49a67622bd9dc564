import { z } from "zod";
import { meta } from "../body";
import type { FieldMeta } from "../types";

/** Suno's model enum on the dedicated endpoints (REFERENCE §6). */
export const SUNO_MODELS = ["V4", "V4_5", "V4_5PLUS", "V4_5ALL", "V5", "V5_5"] as const;
export type SunoModel = (typeof SUNO_MODELS)[number];

/** Operations whose results are Suno tracks with an audioId (they poll generate/record-info). */
export const SUNO_TRACK_OPERATIONS = [
  "music.generate",
  "music.extend",
  "music.upload-cover",
  "music.upload-extend",
  "music.add-instrumental",
  "music.add-vocals",
  "music.replace-section",
  "music.mashup",
  "music.sounds",
];

export const MODEL_LABELS: Record<SunoModel, string> = {
  V4: "V4 · up to 4 min",
  V4_5: "V4.5 · up to 8 min",
  V4_5PLUS: "V4.5+ · richer sound",
  V4_5ALL: "V4.5 All",
  V5: "V5 · best musicality",
  V5_5: "V5.5 · custom models",
};

type ShowWhen = FieldMeta["showWhen"];
/** Only set `showWhen` when there is a condition, so unconditional fields carry no empty key. */
const when = (showWhen?: ShowWhen) => (showWhen ? { showWhen } : {});

/** Kie's per-model text limits (§6.1–6.3): V4 is the tight one; V4/V4_5ALL titles stop at 80. */
export const sunoLimits = (model: SunoModel) => ({
  prompt: model === "V4" ? 3000 : 5000,
  style: model === "V4" ? 200 : 1000,
  title: model === "V4" || model === "V4_5ALL" ? 80 : 100,
});

export function sunoModelField(help?: string) {
  return z
    .enum(SUNO_MODELS)
    .default("V5")
    .meta(meta({ label: "Model", widget: "select", optionLabels: MODEL_LABELS, help }));
}

/** A 0–1 fine-tuning weight (styleWeight, weirdnessConstraint, audioWeight). */
export function sunoWeight(label: string, help: string, showWhen?: ShowWhen) {
  return z
    .number()
    .min(0, `${label} must be between 0 and 1`)
    .max(1, `${label} must be between 0 and 1`)
    .optional()
    .meta(meta({ label, help, widget: "slider", group: "Fine-tuning", advanced: true, ...when(showWhen) }));
}

/** The three weights every Suno track endpoint takes, shown under the same condition. */
export function sunoWeights(showWhen?: ShowWhen) {
  return {
    styleWeight: sunoWeight("Style weight", "How strongly the style is followed.", showWhen),
    weirdnessConstraint: sunoWeight("Weirdness", "Higher is more experimental.", showWhen),
    audioWeight: sunoWeight("Audio weight", "Balance of audio quality against the prompt.", showWhen),
  };
}

export function vocalGenderField(showWhen?: ShowWhen) {
  return z
    .enum(["m", "f"])
    .optional()
    .meta(
      meta({
        label: "Vocal gender",
        widget: "segmented",
        optionLabels: { m: "Male", f: "Female" },
        help: "A preference, not a guarantee.",
        group: "Fine-tuning",
        advanced: true,
        ...when(showWhen),
      }),
    );
}

export function negativeTagsField(showWhen?: ShowWhen) {
  return z
    .string()
    .trim()
    .max(200, "Negative tags can be at most 200 characters")
    .optional()
    .meta(
      meta({
        label: "Avoid styles",
        placeholder: "heavy metal, screaming",
        group: "Fine-tuning",
        advanced: true,
        ...when(showWhen),
      }),
    );
}

export function personaIdField(showWhen?: ShowWhen) {
  return z
    .string()
    .trim()
    .max(100, "The persona id can be at most 100 characters")
    .optional()
    .meta(
      meta({
        label: "Persona ID",
        help: "A persona created from an earlier song.",
        group: "Fine-tuning",
        advanced: true,
        ...when(showWhen),
      }),
    );
}

export function personaModelField(showWhen?: ShowWhen) {
  return z
    .enum(["style_persona", "voice_persona"])
    .optional()
    .meta(
      meta({
        label: "Persona type",
        widget: "segmented",
        optionLabels: { style_persona: "Style persona", voice_persona: "Voice (V5+)" },
        help: "Voice personas come from Suno Voice and need V5 or V5.5.",
        group: "Fine-tuning",
        advanced: true,
        ...when(showWhen),
      }),
    );
}

/** Free text with the widest Kie limit; the per-model limit is checked in `checkSunoLimits`. */
export function sunoText(opts: FieldMeta & { max: number; what: string }) {
  const { max, what, ...fieldMeta } = opts;
  return z
    .string()
    .trim()
    .max(max, `${what} can be at most ${max} characters`)
    .default("")
    .meta(meta(fieldMeta));
}

type Issues = { addIssue: (issue: { code: "custom"; path: string[]; message: string }) => void };

/** Adds field issues for text over the model's limits (V4 ≤ 3000 prompt / ≤ 200 style, …). */
export function checkSunoLimits(
  v: { model: SunoModel; prompt?: string; style?: string; title?: string },
  ctx: Issues,
): void {
  const limits = sunoLimits(v.model);
  const name = v.model.replace("_", ".").replace("PLUS", "+");
  const check = (field: "prompt" | "style" | "title", what: string) => {
    const value = v[field];
    if (value && value.length > limits[field])
      ctx.addIssue({
        code: "custom",
        path: [field],
        message: `${name} accepts at most ${limits[field]} characters of ${what}`,
      });
  };
  check("prompt", "lyrics");
  check("style", "style");
  check("title", "title");
}

/** Kie's "voice_persona" only works with V5 and V5.5. */
export function checkPersonaModel(v: { model: SunoModel; personaModel?: string }, ctx: Issues): void {
  if (v.personaModel === "voice_persona" && v.model !== "V5" && v.model !== "V5_5")
    ctx.addIssue({ code: "custom", path: ["personaModel"], message: "Voice personas need model V5 or V5.5" });
}

/** Required text whose message is the same whether it is missing or blank. */
export function requiredText(message: string) {
  return z.string({ error: message }).trim().min(1, message);
}

type SongSettings = {
  style?: string;
  title?: string;
  vocalGender?: string;
  styleWeight?: number;
  weirdnessConstraint?: number;
  audioWeight?: number;
  personaId?: string;
  personaModel?: string;
};

/** Suno's own-settings block (style, title, voice, weights, persona), sent only in custom mode. */
export function songSettings(i: SongSettings): SongSettings {
  return {
    style: i.style,
    title: i.title,
    vocalGender: i.vocalGender,
    styleWeight: i.styleWeight,
    weirdnessConstraint: i.weirdnessConstraint,
    audioWeight: i.audioWeight,
    personaId: i.personaId,
    personaModel: i.personaModel,
  };
}

/** An instrumental in custom mode needs no lyrics: an empty prompt is left out, not sent blank. */
export function songPrompt(custom: boolean, instrumental: boolean | undefined, prompt: string | undefined) {
  return custom && instrumental && !prompt ? undefined : prompt;
}
