import { assetIdOfRef } from "@/lib/ops/media";
import type { AssetKind } from "@/lib/ops/types";
import { isUploadKind, type UploadKind } from "@/lib/uploads/limits";
import type { FieldSpec } from "../field-spec";

/** What the studio knows about a file this tab uploaded: the form value itself is only its Kie URL. */
export type UploadNote = { fileName: string; kind: UploadKind; bytes: number; previewUrl?: string };

/** One chosen media value, as the field shows it. */
export type MediaItem =
  | { type: "asset"; value: string; assetId: string }
  | { type: "upload"; value: string; note: UploadNote }
  | { type: "url"; value: string; host: string };

// Kept for the life of the tab: a remembered upload survives switching models or closing the dialog.
const uploads = new Map<string, UploadNote>();

export function rememberUpload(url: string, note: UploadNote): void {
  uploads.set(url, note);
}

export function uploadNoteFor(url: string): UploadNote | undefined {
  return uploads.get(url);
}

export function describeMediaValue(value: string): MediaItem {
  const assetId = assetIdOfRef(value);
  if (assetId) return { type: "asset", value, assetId };
  const note = uploads.get(value);
  if (note) return { type: "upload", value, note };
  return { type: "url", value, host: hostOf(value) };
}

function hostOf(value: string): string {
  try {
    return new URL(value).hostname || value;
  } catch {
    return value;
  }
}

/** A pasted URL is usable when it is http(s) with a host; the message says what is wrong otherwise. */
export function checkMediaUrl(text: string): string | undefined {
  const v = text.trim();
  if (!v) return "Paste a link to the file";
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    return "That is not a valid URL";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    return "The link must start with http:// or https://";
  if (!url.hostname) return "That is not a valid URL";
  return undefined;
}

/** The chosen values of a media field, whatever shape the form holds (string, list, nothing). */
export function mediaValuesOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.filter((v): v is string => typeof v === "string" && v.trim() !== "");
}

/** How many values the field takes: one for `media-url`, its `maxItems` (Kie's limit) for a list. */
export function mediaCapacity(spec: Pick<FieldSpec, "widget" | "maxItems">): number {
  return spec.widget === "media-url" ? 1 : (spec.maxItems ?? 10);
}

/**
 * The field's next value after adding `added`: a single field takes the newest, a list appends
 * (skipping duplicates) up to its capacity. Values stay the raw strings the schema expects.
 */
export function addMediaValues(
  spec: Pick<FieldSpec, "widget" | "maxItems">,
  current: unknown,
  added: string[],
) {
  if (spec.widget === "media-url") return added.at(-1) ?? mediaValuesOf(current)[0] ?? "";
  const next = mediaValuesOf(current);
  for (const v of added) if (!next.includes(v)) next.push(v);
  return next.slice(0, mediaCapacity(spec));
}

export function removeMediaValue(spec: Pick<FieldSpec, "widget">, current: unknown, value: string) {
  if (spec.widget === "media-url") return "";
  return mediaValuesOf(current).filter((v) => v !== value);
}

/** The upload kind a field asks for; undefined for a field that takes any media. */
export function uploadKindOf(kind: AssetKind | undefined): UploadKind | undefined {
  return isUploadKind(kind) ? kind : undefined;
}

export const KIND_NOUN: Record<AssetKind, string> = {
  image: "image",
  audio: "audio file",
  video: "video",
  text: "text file",
  midi: "MIDI file",
};
