import { createReadStream, promises as fs } from "node:fs";
import { Readable } from "node:stream";
import type { StoredMedia } from "./store";

type ByteRange = { start: number; end: number };

/**
 * One `bytes=` range (first of a list); `null` means serve everything, "unsatisfiable" means 416.
 * Forms: `a-b`, `a-`, `-suffixLength`.
 */
export function parseRange(header: string | null, size: number): ByteRange | "unsatisfiable" | null {
  if (!header) return null;
  const match = /^bytes=\s*(\d*)\s*-\s*(\d*)\s*(?:,.*)?$/i.exec(header.trim());
  if (!match) return null;
  const [, rawStart, rawEnd] = match;
  if (rawStart === "" && rawEnd === "") return null;
  if (rawStart === "") {
    const suffix = Number(rawEnd);
    if (suffix === 0 || size === 0) return "unsatisfiable";
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(rawStart);
  const end = rawEnd === "" ? size - 1 : Math.min(Number(rawEnd), size - 1);
  if (start >= size || end < start) return "unsatisfiable";
  return { start, end };
}

/** How the body goes out: whole, cut after half (`truncate`), or in slow chunks (`trickle`). */
export type BodyShape =
  | { kind: "whole" }
  | { kind: "truncate" }
  | { kind: "trickle"; ms: number; onStart: () => void; onEnd: () => void };

export async function serveMedia(
  req: Request,
  media: StoredMedia,
  shape: BodyShape = { kind: "whole" },
): Promise<Response> {
  const range = parseRange(req.headers.get("range"), media.size);
  const headers = new Headers({
    "content-type": media.mime,
    "accept-ranges": "bytes",
    "cache-control": "public, max-age=1209600, immutable",
  });
  if (range === "unsatisfiable") {
    headers.set("content-range", `bytes */${media.size}`);
    return new Response(null, { status: 416, headers });
  }
  const { start, end } = range ?? { start: 0, end: media.size - 1 };
  const length = Math.max(0, end - start + 1);
  headers.set("content-length", String(length));
  if (range) headers.set("content-range", `bytes ${start}-${end}/${media.size}`);
  const status = range ? 206 : 200;
  if (req.method === "HEAD" || length === 0) return new Response(null, { status, headers });
  if (shape.kind === "truncate")
    return new Response(truncatedStream(await sliceOf(media, start, end)), { status, headers });
  if (shape.kind === "trickle")
    return new Response(trickledStream(await sliceOf(media, start, end), shape, req.signal), {
      status,
      headers,
    });
  if ("bytes" in media)
    return new Response(new Uint8Array(media.bytes.subarray(start, end + 1)), { status, headers });
  const stream = Readable.toWeb(
    createReadStream(media.filePath, { start, end }),
  ) as ReadableStream<Uint8Array>;
  return new Response(stream, { status, headers });
}

async function sliceOf(media: StoredMedia, start: number, end: number): Promise<Uint8Array> {
  if ("bytes" in media) return media.bytes.subarray(start, end + 1);
  const all = await fs.readFile(media.filePath);
  return all.subarray(start, end + 1);
}

/** Sends the first half, then errors: the connection is cut while the advertised length is unmet. */
function truncatedStream(bytes: Uint8Array): ReadableStream<Uint8Array> {
  let sent = false;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (!sent) {
        sent = true;
        controller.enqueue(bytes.slice(0, Math.floor(bytes.length / 2)));
        return;
      }
      controller.error(new Error("kie-sim: simulated truncated download"));
    },
  });
}

const TRICKLE_CHUNKS = 20;

/**
 * The body in 20 near-equal chunks (fewer for a body under 20 bytes), the first at once and the
 * rest evenly spread over `ms`: the download is in progress that long, silent ms/19 between chunks.
 */
function trickledStream(
  bytes: Uint8Array,
  shape: Extract<BodyShape, { kind: "trickle" }>,
  signal: AbortSignal,
): ReadableStream<Uint8Array> {
  const chunks = Math.min(TRICKLE_CHUNKS, bytes.length);
  const gapMs = shape.ms / Math.max(1, chunks - 1);
  const boundary = (i: number) => Math.floor((i * bytes.length) / chunks);
  let next = 0;
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    signal.removeEventListener("abort", end);
    shape.onEnd();
  };
  shape.onStart();
  signal.addEventListener("abort", end, { once: true });
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (next > 0) await new Promise((r) => setTimeout(r, gapMs));
      if (signal.aborted || ended) {
        end();
        controller.error(new Error("kie-sim: trickled download abandoned"));
        return;
      }
      controller.enqueue(bytes.slice(boundary(next), boundary(next + 1)));
      next += 1;
      if (next >= chunks) {
        end();
        controller.close();
      }
    },
    cancel: end,
  });
}
