import { z } from "zod";
import { meta, stripUndefined } from "../../body";
import { negativeTagsField, requiredText, SUNO_TRACK_OPERATIONS } from "../fields";
import { sunoTrackOperation } from "../suno-operation";
import { audioIdField, EXAMPLE_AUDIO_ID, EXAMPLE_TASK_ID, seconds, sourceLyrics } from "./sources";

/** REFERENCE §13: replace-section costs 8 credits. */
const REPLACE_SECTION_CREDITS = 8;
/** Kie's section window (§6.5): 6–60 s, and at most half the song. */
export const SECTION_MIN_S = 6;
export const SECTION_MAX_S = 60;

const twoDecimals = (v: number) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6;

const sectionTime = (label: string) =>
  z
    .number({ error: `Set the ${label.toLowerCase()}` })
    .min(0, `${label} cannot be negative`)
    .refine(twoDecimals, `${label} takes at most two decimals`)
    .meta(meta({ label: `${label} (seconds)`, widget: "number", group: "Section" }));

const input = z
  .object({
    taskId: requiredText("Pick the song to edit")
      .max(128, "That does not look like a Kie task id")
      .meta(meta({ label: "Song", help: "The Suno task the track belongs to.", ref: "kie-task" })),
    audioId: audioIdField,
    infillStartS: sectionTime("Section start"),
    infillEndS: sectionTime("Section end"),
    prompt: requiredText("Write the lyrics for the new section")
      .max(5000, "The section lyrics can be at most 5000 characters")
      .meta(
        meta({
          label: "New section lyrics",
          widget: "textarea",
          rows: 4,
          placeholder: "[Chorus]\nWe light up the night",
          help: "What is sung in the replaced section.",
        }),
      ),
    fullLyrics: requiredText("Give the full lyrics of the song after the change")
      .max(5000, "The full lyrics can be at most 5000 characters")
      .meta(
        meta({
          label: "Full lyrics",
          widget: "textarea",
          rows: 8,
          help: "The whole song's lyrics with the new section in place (Kie requires them).",
        }),
      ),
    tags: requiredText("Describe the style of the section")
      .max(1000, "The style can be at most 1000 characters")
      .meta(meta({ label: "Style", placeholder: "synth-pop, female vocals" })),
    title: requiredText("Give the result a title")
      .max(100, "The title can be at most 100 characters")
      .meta(meta({ label: "Title" })),
    negativeTags: negativeTagsField(),
  })
  .superRefine((v, ctx) => {
    const length = v.infillEndS - v.infillStartS;
    if (length <= 0)
      ctx.addIssue({ code: "custom", path: ["infillEndS"], message: "The section must end after it starts" });
    else if (length < SECTION_MIN_S || length > SECTION_MAX_S)
      ctx.addIssue({
        code: "custom",
        path: ["infillEndS"],
        message: `The section must be ${SECTION_MIN_S}–${SECTION_MAX_S} s long (it is ${seconds(length)})`,
      });
  });

export const musicReplaceSection = sunoTrackOperation({
  id: "music.replace-section",
  title: "Replace a section",
  summary: "Re-sing part of a Suno track with new lyrics, keeping the rest.",
  input,
  path: "/api/v1/generate/replace-section",
  toBody: (i, { callBackUrl }) =>
    stripUndefined({
      taskId: i.taskId,
      audioId: i.audioId,
      prompt: i.prompt,
      tags: i.tags,
      title: i.title,
      infillStartS: i.infillStartS,
      infillEndS: i.infillEndS,
      fullLyrics: i.fullLyrics,
      negativeTags: i.negativeTags,
      callBackUrl,
    }),
  cost: () => REPLACE_SECTION_CREDITS,
  example: {
    taskId: EXAMPLE_TASK_ID,
    audioId: EXAMPLE_AUDIO_ID,
    infillStartS: 4,
    infillEndS: 12,
    prompt: "[Chorus]\nRain on the window, light in my room",
    fullLyrics: "[Verse]\nGrey skies over the city\n[Chorus]\nRain on the window, light in my room",
    tags: "lo-fi piano, mellow",
    title: "Rainy Afternoon (New Chorus)",
  },
  source: {
    kinds: ["audio"],
    fromOperations: SUNO_TRACK_OPERATIONS,
    action: "Replace a section",
    prefill: (src) => ({
      taskId: src.kieTaskId,
      audioId: src.providerId,
      fullLyrics: sourceLyrics(src),
      title: src.title?.slice(0, 100),
      tags: typeof src.meta?.tags === "string" ? src.meta.tags : undefined,
      ...defaultWindow(src.durationSec),
    }),
  },
  checkAgainstSource: (i, src) => {
    const duration = src.durationSec;
    if (!duration) return undefined;
    if (i.infillEndS > duration)
      return {
        path: "infillEndS",
        message: `The section must end within the track (${seconds(duration)})`,
      };
    const half = duration / 2;
    if (i.infillEndS - i.infillStartS > half)
      return {
        path: "infillEndS",
        message: `The section can be at most 50 % of the track (${seconds(half)} of ${seconds(duration)})`,
      };
    return undefined;
  },
});

/** A window Kie accepts on this track (6–60 s, at most half of it), starting a quarter in. */
function defaultWindow(duration: number | undefined) {
  if (!duration || duration < 12) return {};
  const length = Math.min(60, Math.max(6, Math.floor(duration * 0.3)));
  const start = Math.floor(duration * 0.25);
  return { infillStartS: start, infillEndS: start + length };
}
