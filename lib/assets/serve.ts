import "server-only";
import { Readable } from "node:stream";
import type { Asset } from "@/lib/generated/prisma/client";
import { mirrorMetaOf } from "./mirror-meta";
import { readStream, stat } from "./storage";

export type Variant = "original" | "thumb" | "poster" | "peaks";

const keyOf = (asset: Asset, variant: Variant): string | null | undefined =>
  variant === "thumb"
    ? asset.thumbKey
    : variant === "poster"
      ? asset.posterKey
      : variant === "peaks"
        ? mirrorMetaOf(asset.meta).peaksKey
        : asset.storageKey;

const typeOf = (asset: Asset, variant: Variant): string =>
  variant === "thumb"
    ? "image/webp"
    : variant === "poster"
      ? "image/*"
      : variant === "peaks"
        ? "application/json"
        : (asset.mime ?? "application/octet-stream");

const EXT: Record<string, string> = {
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/webp": "webp",
  "image/gif": "gif",
  "audio/wav": "wav",
  "audio/mpeg": "mp3",
  "audio/ogg": "ogg",
  "audio/flac": "flac",
  "audio/mp4": "m4a",
  "video/mp4": "mp4",
  "video/webm": "webm",
  "audio/midi": "mid",
};

export function downloadName(asset: Asset): string {
  const base = (asset.title || `${asset.kind}-${asset.id.slice(-6)}`)
    .normalize("NFKD")
    .replace(/[^\w\s.-]/g, "")
    .trim()
    .replace(/\s+/g, "-")
    .slice(0, 80);
  const take = asset.outputKey.match(/-(\d+)$/)?.[1];
  const suffix = take !== undefined && asset.kind === "audio" ? `-take-${Number(take) + 1}` : "";
  return `${base || "kie-studio"}${suffix}.${EXT[asset.mime ?? ""] ?? "bin"}`;
}

/**
 * Serves a stored file (any storage driver) with HTTP Range (seeking) and long-lived private caching
 * (content never changes). The caller has already checked that the asset is the requester's.
 */
export async function serveAsset(
  req: Request,
  asset: Asset,
  variant: Variant,
  download: boolean,
): Promise<Response> {
  const key = keyOf(asset, variant);
  if (!key) return new Response("Not found", { status: 404 });
  const info = await stat(key);
  if (!info) return new Response("Not found", { status: 404 });
  const type = typeOf(asset, variant);
  const etag = `"${asset.sha256?.slice(0, 32) ?? asset.id}-${variant}"`;
  const headers = new Headers({
    "Content-Type": type,
    "Accept-Ranges": "bytes",
    "Cache-Control": "private, max-age=31536000, immutable",
    ETag: etag,
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox",
  });
  if (download) headers.set("Content-Disposition", `attachment; filename="${downloadName(asset)}"`);
  if (req.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });

  const range = parseRange(req.headers.get("range"), info.size);
  if (range === "invalid") {
    headers.set("Content-Range", `bytes */${info.size}`);
    return new Response(null, { status: 416, headers });
  }
  if (range) {
    headers.set("Content-Range", `bytes ${range.start}-${range.end}/${info.size}`);
    headers.set("Content-Length", String(range.end - range.start + 1));
    if (req.method === "HEAD") return new Response(null, { status: 206, headers });
    return new Response(toWeb(await readStream(key, range)), { status: 206, headers });
  }
  headers.set("Content-Length", String(info.size));
  if (req.method === "HEAD") return new Response(null, { status: 200, headers });
  return new Response(toWeb(await readStream(key)), { status: 200, headers });
}

export function parseRange(
  header: string | null,
  size: number,
): { start: number; end: number } | "invalid" | null {
  if (!header) return null;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === "" && m[2] === "")) return "invalid";
  let start: number;
  let end: number;
  if (m[1] === "") {
    const suffix = Number(m[2]);
    if (suffix === 0) return "invalid";
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === "" ? size - 1 : Math.min(Number(m[2]), size - 1);
  }
  if (start > end || start >= size) return "invalid";
  return { start, end };
}

function toWeb(stream: Readable): ReadableStream<Uint8Array> {
  return Readable.toWeb(stream) as unknown as ReadableStream<Uint8Array>;
}
