import "server-only";
import { createHash } from "node:crypto";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { commit, discard, tempPath, writeStreamFor } from "./storage";

const MAX_REDIRECTS = 3;

export type Downloaded = { bytes: number; sha256: string; head: Buffer; contentType: string | null };

/** Kie's media hosts, plus the host of the configured Kie base URL (the simulator, a proxy, a test double). */
export function isAllowedMediaUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return false;
  if (url.username || url.password) return false;
  const kieHost = new URL(env.kieBaseUrl).host;
  if (url.host === kieHost) return true;
  return url.protocol === "https:" && env.mediaHosts.includes(url.hostname.toLowerCase());
}

/**
 * Streams a provider URL into storage under `key`: bounded memory, size cap, idle timeout,
 * redirects followed by hand (each hop re-checked), sha256 on the way, atomic rename at the end.
 */
export async function downloadToStorage(
  sourceUrl: string,
  key: string,
  maxBytes: number,
): Promise<Downloaded> {
  let url = sourceUrl;
  let res: Response | undefined;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    if (!isAllowedMediaUrl(url))
      throw new AppError("media_host", `Refusing to fetch media from ${safeHost(url)}`);
    res = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(15_000), cache: "no-store" });
    if (res.status >= 300 && res.status < 400 && res.headers.get("location")) {
      url = new URL(res.headers.get("location")!, url).toString();
      await res.body?.cancel();
      res = undefined;
      continue;
    }
    break;
  }
  if (!res) throw new AppError("media_redirects", "Too many redirects while fetching media");
  if (!res.ok || !res.body) {
    await res.body?.cancel();
    // Signed links that ran out answer 401/403/404/410: a fresh one can be asked of Kie.
    const expired = [401, 403, 404, 410].includes(res.status);
    throw new AppError(
      expired ? "media_expired" : "media_http",
      `Media download failed with HTTP ${res.status}`,
      {
        expose: true,
      },
    );
  }
  const declared = Number(res.headers.get("content-length") ?? "0");
  if (declared > maxBytes) {
    await res.body.cancel();
    throw new AppError("media_too_large", `Media is larger than the ${Math.round(maxBytes / 1e6)} MB limit`);
  }

  const hash = createHash("sha256");
  let bytes = 0;
  const headChunks: Buffer[] = [];
  let headLen = 0;
  let idle: NodeJS.Timeout | undefined;
  const source = Readable.fromWeb(res.body as unknown as WebReadableStream);
  const armIdle = () => {
    clearTimeout(idle);
    idle = setTimeout(() => source.destroy(new AppError("media_idle", "Media download stalled")), 20_000);
  };
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      armIdle();
      bytes += chunk.length;
      if (bytes > maxBytes) return done(new AppError("media_too_large", "Media exceeds the size limit"));
      if (headLen < 64) {
        headChunks.push(chunk.subarray(0, 64 - headLen));
        headLen += Math.min(chunk.length, 64 - headLen);
      }
      hash.update(chunk);
      done(null, chunk);
    },
  });
  const tmp = await tempPath(key);
  armIdle();
  try {
    await pipeline(source, meter, writeStreamFor(tmp));
    if (declared && bytes !== declared) throw new AppError("media_truncated", "Media download was cut short");
    await commit(tmp, key);
  } catch (err) {
    await discard(tmp);
    throw err;
  } finally {
    clearTimeout(idle);
  }
  return {
    bytes,
    sha256: hash.digest("hex"),
    head: Buffer.concat(headChunks),
    contentType: res.headers.get("content-type"),
  };
}

function safeHost(raw: string): string {
  try {
    return new URL(raw).host || "an invalid URL";
  } catch {
    return "an invalid URL";
  }
}
