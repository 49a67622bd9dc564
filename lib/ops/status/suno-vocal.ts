import type { TaskOutput, TaskStatus } from "../types";
import { asRecord, type Json, malformed, num, str } from "./read";
import { firstStr, fromStringFlag, openDerived } from "./suno-derived-read";

/** The stems Kie names (REFERENCE §6.11): record-info camelCase URL keys, callback snake_case keys. */
const STEMS: Array<{ type: string; title: string; camel: string; snake: string }> = [
  { type: "vocals", title: "Vocals", camel: "vocalUrl", snake: "vocal_url" },
  { type: "instrumental", title: "Instrumental", camel: "instrumentalUrl", snake: "instrumental_url" },
  { type: "backing-vocals", title: "Backing Vocals", camel: "backingVocalsUrl", snake: "backing_vocals_url" },
  { type: "drums", title: "Drums", camel: "drumsUrl", snake: "drums_url" },
  { type: "bass", title: "Bass", camel: "bassUrl", snake: "bass_url" },
  { type: "guitar", title: "Guitar", camel: "guitarUrl", snake: "guitar_url" },
  { type: "piano", title: "Piano", camel: "pianoUrl", snake: "piano_url" },
  { type: "keyboard", title: "Keyboard", camel: "keyboardUrl", snake: "keyboard_url" },
  { type: "percussion", title: "Percussion", camel: "percussionUrl", snake: "percussion_url" },
  { type: "strings", title: "Strings", camel: "stringsUrl", snake: "strings_url" },
  { type: "synth", title: "Synth", camel: "synthUrl", snake: "synth_url" },
  { type: "fx", title: "FX", camel: "fxUrl", snake: "fx_url" },
  { type: "brass", title: "Brass", camel: "brassUrl", snake: "brass_url" },
  { type: "woodwinds", title: "Woodwinds", camel: "woodwindsUrl", snake: "woodwinds_url" },
];
const FAILURES = ["CREATE_TASK_FAILED", "GENERATE_AUDIO_FAILED"];

type OriginStem = { type: string; title: string; id?: string; url?: string; duration?: number };

/**
 * Vocal / stem separation. Record-info: STRING `successFlag`, `response` with one URL per stem and
 * `originData[]` (each stem's id, which MIDI needs). Callbacks: `vocal_separation_info` (English docs)
 * or `vocal_removal_info` (Chinese docs, older pages), the latter sometimes as
 * `origin_data[{extract, remove}]`.
 */
export function normalizeSunoVocal(raw: unknown): TaskStatus {
  const opened = openDerived(raw, "Vocal separation failed");
  if ("status" in opened) return opened.status;
  const data = opened.data;
  if (!("successFlag" in data)) {
    const info = asRecord(data.vocal_separation_info) ?? asRecord(data.vocal_removal_info);
    if (!info) return malformed("callback", "callback without separation info");
    const outputs = stemOutputs(info, "snake");
    if (outputs.length === 0) return malformed("callback", "callback without stems");
    return { state: "succeeded", outputs, upstream: "callback", progress: 1 };
  }
  const response = asRecord(data.response);
  return fromStringFlag(data, response ? stemOutputs(response, "camel") : [], FAILURES);
}

function stemOutputs(info: Json, casing: "camel" | "snake"): TaskOutput[] {
  const origin = originStems(info.originData ?? info.origin_data);
  const byType = new Map(origin.map((o) => [o.type, o]));
  const outputs: TaskOutput[] = [];
  const seen = new Set<string>();
  for (const stem of STEMS) {
    const url = str(info[stem[casing]]);
    if (!url) continue;
    const o = byType.get(stem.type);
    outputs.push(stemOutput(stem.type, stem.title, url, o?.id, o?.duration));
    seen.add(stem.type);
  }
  // Stems present only in originData (and the extract/remove variant, which has no named URLs).
  for (const o of origin) {
    if (seen.has(o.type) || !o.url) continue;
    outputs.push(stemOutput(o.type, o.title, o.url, o.id, o.duration));
    seen.add(o.type);
  }
  return outputs;
}

function stemOutput(type: string, title: string, url: string, id?: string, duration?: number): TaskOutput {
  return {
    key: `stem-${type}`,
    kind: "audio",
    url,
    title,
    durationSec: duration,
    providerId: id,
    meta: { stemType: type },
  };
}

function originStems(list: unknown): OriginStem[] {
  if (!Array.isArray(list)) return [];
  const out: OriginStem[] = [];
  for (const item of list) {
    const r = asRecord(item);
    if (!r) continue;
    const extract = asRecord(r.extract);
    const remove = asRecord(r.remove);
    if (extract || remove) {
      // `extract` is the isolated part, `remove` the song without it; both carry the part's name.
      if (extract) pushOrigin(out, extract);
      if (remove) pushOrigin(out, remove, "without");
    } else pushOrigin(out, r);
  }
  return out;
}

function pushOrigin(out: OriginStem[], r: Json, without?: "without"): void {
  const name = firstStr(r, "stem_type_group_name", "stemTypeGroupName")?.trim();
  if (!name) return;
  const vocal = /vocal/i.test(name);
  const title = without ? (vocal ? "Instrumental" : `Without ${name}`) : name;
  out.push({
    type: slug(title),
    title,
    id: firstStr(r, "id"),
    url: firstStr(r, "audio_url", "audioUrl"),
    duration: num(r.duration),
  });
}

/** "Backing Vocals" → "backing-vocals"; Kie's singular "Vocal" joins the plural stem. */
function slug(name: string): string {
  const s = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return s === "vocal" ? "vocals" : s === "synthesizer" ? "synth" : s || "stem";
}
