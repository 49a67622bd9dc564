import type { AssetKind } from "@/lib/ops/types";

/**
 * What the studio accepts as an upload, shared by the browser pre-check and the server. Pure: no
 * server modules, so the form can tell a person "too big" before a single byte leaves the machine.
 */
export const UPLOAD_KINDS = ["image", "audio", "video"] as const;
export type UploadKind = (typeof UPLOAD_KINDS)[number];

/** Per-kind size caps in bytes (the same caps the mirror applies to results). */
export const UPLOAD_CAPS: Record<UploadKind, number> = {
  image: 25e6,
  audio: 100e6,
  video: 1e9,
};

/** The largest cap: what an upload of a not-yet-known kind may be at most. */
export const MAX_UPLOAD_BYTES = Math.max(...Object.values(UPLOAD_CAPS));

export const isUploadKind = (kind: unknown): kind is UploadKind =>
  typeof kind === "string" && (UPLOAD_KINDS as readonly string[]).includes(kind);

/** The `accept` attribute of a file input for one kind (or every media kind). */
export function acceptFor(kind?: UploadKind): string {
  return kind ? `${kind}/*` : UPLOAD_KINDS.map((k) => `${k}/*`).join(",");
}

const PLURAL: Record<UploadKind, string> = { image: "images", audio: "audio files", video: "videos" };
const ARTICLE: Record<AssetKind, string> = {
  image: "an image",
  audio: "an audio file",
  video: "a video",
  text: "a text file",
  midi: "a MIDI file",
};

/** "31 MB", "950 KB", "1.2 GB": decimal units, like the caps are written. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${trim(bytes / 1e9)} GB`;
  if (bytes >= 1e6) return `${trim(bytes / 1e6)} MB`;
  if (bytes >= 1e3) return `${trim(bytes / 1e3)} KB`;
  return `${bytes} bytes`;
}

function trim(n: number): string {
  return n >= 10 ? String(Math.round(n)) : String(Math.round(n * 10) / 10);
}

export type UploadRefusal = { code: "too_large" | "wrong_kind" | "not_media" | "empty"; message: string };

/** The size check: `kind` is the kind the field asked for, or the kind the bytes turned out to be. */
export function checkSize(bytes: number, kind?: UploadKind): UploadRefusal | undefined {
  if (bytes <= 0) return { code: "empty", message: "That file is empty" };
  const cap = kind ? UPLOAD_CAPS[kind] : MAX_UPLOAD_BYTES;
  if (bytes <= cap) return undefined;
  const what = kind ? PLURAL[kind] : "files";
  return {
    code: "too_large",
    message: `That file is ${formatBytes(bytes)}; ${what} can be at most ${formatBytes(cap)}`,
  };
}

/**
 * The type check: `actual` is what the file really is (sniffed on the server, the browser's guess
 * on the client); undefined when nothing recognisable.
 */
export function checkKind(actual: AssetKind | undefined, wanted?: UploadKind): UploadRefusal | undefined {
  if (wanted && actual !== wanted) return { code: "wrong_kind", message: `That is not ${ARTICLE[wanted]}` };
  if (!isUploadKind(actual))
    return { code: "not_media", message: "That is not an image, audio or video file" };
  return undefined;
}

/** The browser's view of a file: its MIME type says the kind (the server re-checks the bytes). */
export function kindOfMime(mime: string): UploadKind | undefined {
  const top = mime.split("/")[0];
  return isUploadKind(top) ? top : undefined;
}

/** Everything the browser can check before uploading: its kind (from the MIME type) and size. */
export function precheckFile(
  file: { size: number; type: string },
  wanted?: UploadKind,
): UploadRefusal | undefined {
  const kind = kindOfMime(file.type);
  // Some systems leave `type` blank for valid media; let the server sniff those.
  if (file.type) {
    const refusal = checkKind(kind, wanted);
    if (refusal) return refusal;
  }
  return checkSize(file.size, kind ?? wanted);
}
