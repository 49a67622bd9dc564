import { AppError } from "@/lib/errors";
import type { AssetKind } from "@/lib/ops/types";
import { isMarkup, type Sniffed, sniff } from "./sniff";

export type Caps = Record<AssetKind, number>;

/** Size caps per kind, from MIRROR_MAX_*_MB (1 MB = 1,000,000 bytes). */
export function capsFrom(e: {
  MIRROR_MAX_IMAGE_MB: number;
  MIRROR_MAX_AUDIO_MB: number;
  MIRROR_MAX_VIDEO_MB: number;
}): Caps {
  return {
    image: Math.round(e.MIRROR_MAX_IMAGE_MB * 1e6),
    audio: Math.round(e.MIRROR_MAX_AUDIO_MB * 1e6),
    video: Math.round(e.MIRROR_MAX_VIDEO_MB * 1e6),
    text: 5e6,
    midi: 5e6,
  };
}

const article = (kind: string) => (/^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`);

/**
 * What the first bytes must be for an asset of `kind`; throws a permanent `media_kind` error
 * otherwise. HTML and SVG are refused for every kind: an error page or a script is never media.
 */
export function acceptHead(kind: AssetKind, head: Buffer): Sniffed {
  if (isMarkup(head))
    throw new AppError("media_kind", `Expected ${article(kind)} but the link returned a web page or SVG`);
  const what = sniff(head);
  if (kind === "text" && !what && !head.includes(0))
    return { kind: "text", mime: "text/plain; charset=utf-8", ext: "txt" };
  if (!what || what.kind !== kind)
    throw new AppError(
      "media_kind",
      `Expected ${article(kind)} but the link returned ${what?.mime ?? "something unrecognised"}`,
    );
  return what;
}

/** Failures a retry cannot fix: the bytes are wrong, too big, or the address is refused. */
const PERMANENT = new Set(["media_kind", "media_too_large", "media_corrupt", "net_blocked", "net_redirects"]);

export const isPermanentMirrorError = (err: unknown): boolean =>
  err instanceof AppError && PERMANENT.has(err.code);
