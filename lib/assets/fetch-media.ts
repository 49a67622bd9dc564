import "server-only";
import { createHash } from "node:crypto";
import { Transform } from "node:stream";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { type SafeFetchPolicy, safeGet } from "@/lib/net/safe-fetch";
import { putStream } from "./storage";

/** Enough for every signature `sniff` knows and for spotting markup after a BOM and whitespace. */
const HEAD_BYTES = 512;

export type Downloaded = { bytes: number; sha256: string; head: Buffer; contentType: string | null };

export type DownloadOptions = {
  maxBytes: number;
  /** Judges the first bytes before anything is stored; throwing refuses the download. */
  inspectHead?: (head: Buffer) => void;
  /** Sees every accepted chunk as it streams past, so derived data needs no second read. */
  tap?: (chunk: Buffer) => void;
  /** Overrides for tests (short timeouts, a local server trusted as Kie's host). */
  policy?: Partial<SafeFetchPolicy>;
};

/**
 * Kie's media hosts over https, plus the configured Kie base URL's host (in demo mode the embedded
 * simulator), which alone may live on a private address: a local proxy or test double must work.
 */
export function mediaFetchPolicy(): SafeFetchPolicy {
  const kieHost = new URL(env.kieBaseUrl).host;
  return {
    allowUrl: (url) =>
      url.host === kieHost ||
      (url.protocol === "https:" && env.mediaHosts.includes(url.hostname.toLowerCase())),
    trustedHosts: new Set([kieHost]),
    maxRedirects: 3,
    connectTimeoutMs: env.MIRROR_CONNECT_TIMEOUT_MS,
    idleTimeoutMs: env.MIRROR_IDLE_TIMEOUT_MS,
  };
}

const megabytes = (bytes: number) => {
  if (bytes < 1e6) return `${Math.round(bytes / 1e3)} KB`;
  const mb = bytes / 1e6;
  return `${mb >= 10 ? Math.round(mb) : Number(mb.toFixed(1))} MB`;
};

/**
 * Streams a provider URL into storage under `key` with bounded memory: SSRF-checked hops, a size
 * cap, timeouts, a sha256 on the way, the head inspected before the first byte is written, and an
 * all-or-nothing write: on any failure nothing is left in storage.
 */
export async function downloadToStorage(
  sourceUrl: string,
  key: string,
  opts: DownloadOptions,
): Promise<Downloaded> {
  const res = await safeGet(sourceUrl, { ...mediaFetchPolicy(), ...opts.policy });
  if (res.status < 200 || res.status >= 300) {
    res.body.destroy();
    // Signed links that ran out answer 401/403/404/410: a fresh one can be asked of Kie.
    const expired = [401, 403, 404, 410].includes(res.status);
    throw new AppError(
      expired ? "media_expired" : "media_http",
      `Media download failed with HTTP ${res.status}`,
    );
  }
  const declared = Number(res.headers["content-length"] ?? "0") || 0;
  if (declared > opts.maxBytes) {
    res.body.destroy();
    throw new AppError(
      "media_too_large",
      `The file is ${megabytes(declared)}, over the ${megabytes(opts.maxBytes)} limit`,
    );
  }

  const hash = createHash("sha256");
  let bytes = 0;
  let held: Buffer[] = [];
  let head: Buffer | undefined;

  const release = (stream: Transform) => {
    head = Buffer.concat(held).subarray(0, HEAD_BYTES);
    opts.inspectHead?.(head);
    for (const chunk of held) {
      opts.tap?.(chunk);
      stream.push(chunk);
    }
    held = [];
  };

  const meter = new Transform({
    highWaterMark: 1 << 20,
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      if (bytes > opts.maxBytes)
        return done(
          new AppError("media_too_large", `The file is over the ${megabytes(opts.maxBytes)} limit`),
        );
      hash.update(chunk);
      try {
        if (head) {
          opts.tap?.(chunk);
          return done(null, chunk);
        }
        held.push(chunk);
        if (bytes >= HEAD_BYTES) release(this);
        done();
      } catch (err) {
        done(err as Error);
      }
    },
    flush(done) {
      try {
        if (!head) release(this);
        // Checked before the write completes, so a short body is never published.
        if (declared && bytes !== declared)
          return done(
            new AppError("media_truncated", `The download was cut short (${bytes} of ${declared} bytes)`),
          );
        done();
      } catch (err) {
        done(err as Error);
      }
    },
  });

  res.body.on("error", (err) => meter.destroy(asMediaError(err)));
  // The failure reaches us through putStream's rejection; a late duplicate must not go unhandled.
  meter.on("error", () => undefined);
  try {
    await putStream(key, res.body.pipe(meter));
  } catch (err) {
    res.body.destroy();
    throw asMediaError(err);
  }
  return {
    bytes,
    sha256: hash.digest("hex"),
    head: head ?? Buffer.alloc(0),
    contentType: res.headers["content-type"] ?? null,
  };
}

/** A connection reset mid-body is a cut-short download; our own errors keep their codes. */
function asMediaError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new AppError("media_truncated", `The download was cut short (${message})`);
}
