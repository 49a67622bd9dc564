import type { AssetKind } from "@/lib/ops/types";

export type Sniffed = { kind: AssetKind; mime: string; ext: string };

const ascii = (b: Buffer, start: number, end: number) => b.subarray(start, end).toString("latin1");

/** Decides what a file is from its first bytes; the provider's content-type is not trusted. */
export function sniff(head: Buffer): Sniffed | undefined {
  if (head.length < 12) return undefined;
  if (head[0] === 0x89 && ascii(head, 1, 4) === "PNG")
    return { kind: "image", mime: "image/png", ext: "png" };
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff)
    return { kind: "image", mime: "image/jpeg", ext: "jpg" };
  if (ascii(head, 0, 4) === "RIFF" && ascii(head, 8, 12) === "WEBP")
    return { kind: "image", mime: "image/webp", ext: "webp" };
  if (ascii(head, 0, 4) === "GIF8") return { kind: "image", mime: "image/gif", ext: "gif" };
  if (ascii(head, 0, 4) === "RIFF" && ascii(head, 8, 12) === "WAVE")
    return { kind: "audio", mime: "audio/wav", ext: "wav" };
  if (ascii(head, 0, 3) === "ID3" || (head[0] === 0xff && (head[1] & 0xe0) === 0xe0))
    return { kind: "audio", mime: "audio/mpeg", ext: "mp3" };
  if (ascii(head, 0, 4) === "OggS") return { kind: "audio", mime: "audio/ogg", ext: "ogg" };
  if (ascii(head, 0, 4) === "fLaC") return { kind: "audio", mime: "audio/flac", ext: "flac" };
  if (ascii(head, 4, 8) === "ftyp") {
    const brand = ascii(head, 8, 12);
    if (brand.startsWith("M4A")) return { kind: "audio", mime: "audio/mp4", ext: "m4a" };
    return { kind: "video", mime: "video/mp4", ext: "mp4" };
  }
  if (head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3)
    return { kind: "video", mime: "video/webm", ext: "webm" };
  if (ascii(head, 0, 4) === "MThd") return { kind: "midi", mime: "audio/midi", ext: "mid" };
  return undefined;
}

const MARKUP = /^(?:<!doctype\s+html|<html|<head|<body|<script|<svg|<\?xml|<!--)/i;

/**
 * HTML, SVG or XML: what an error page, a captive portal or a script-carrying "image" looks like.
 * Such content is never stored as media, whatever the provider claims it is.
 */
export function isMarkup(head: Buffer): boolean {
  const text = head
    .subarray(0, 512)
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .trimStart();
  return MARKUP.test(text);
}

/** WAV duration from its header (no decoding). */
export function wavDurationSec(head: Buffer, totalBytes: number): number | undefined {
  if (head.length < 44 || ascii(head, 0, 4) !== "RIFF") return undefined;
  let off = 12;
  let byteRate: number | undefined;
  while (off + 8 <= head.length) {
    const id = ascii(head, off, off + 4);
    const size = head.readUInt32LE(off + 4);
    if (id === "fmt ") byteRate = head.readUInt32LE(off + 16);
    if (id === "data" && byteRate) {
      const dataBytes = Math.min(size, totalBytes - off - 8);
      return dataBytes / byteRate;
    }
    off += 8 + size + (size % 2);
  }
  return undefined;
}
