import "server-only";
import { createHash } from "node:crypto";
import sharp from "sharp";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { Asset } from "@/lib/generated/prisma/client";
import { freshDownloadUrl } from "@/lib/kie/download-url";
import type { AssetKind } from "@/lib/ops/types";
import { readMp4Info } from "./derive/mp4";
import { type Peaks, wavPeaksAccumulator } from "./derive/wav-peaks";
import { type DownloadOptions, downloadToStorage } from "./fetch-media";
import { acceptHead, capsFrom, isPermanentMirrorError } from "./media-rules";
import { type MirrorMeta, metaOf, withMirrorMeta } from "./mirror-meta";
import { sniff } from "./sniff";
import { putBuffer, readBuffer, readStream, remove } from "./storage";

export const MAX_MIRROR_ATTEMPTS = 5;
const caps = () => capsFrom(env);

export const assetKey = (a: Pick<Asset, "userId" | "id">) => `assets/${a.userId}/${a.id}`;
const thumbKeyOf = (a: Pick<Asset, "userId" | "id">) => `thumbs/${a.userId}/${a.id}.webp`;
const posterKeyOf = (a: Pick<Asset, "userId" | "id">) => `posters/${a.userId}/${a.id}`;
const peaksKeyOf = (a: Pick<Asset, "userId" | "id">) => `peaks/${a.userId}/${a.id}.json`;

/** Copies one output into our storage and records what it is. Never throws: failures are recorded. */
export async function mirrorAsset(asset: Asset): Promise<"mirrored" | "failed" | "retry"> {
  if (asset.status === "mirrored") return "mirrored";
  const key = assetKey(asset);
  const inline = inlineOf(asset);
  if (inline) return storeInline(asset, key, inline);
  const kind = asset.kind as AssetKind;
  try {
    const peaks = kind === "audio" ? wavPeaksAccumulator() : undefined;
    let accepted: ReturnType<typeof acceptHead> | undefined;
    const got = await downloadOrRefresh(asset, key, {
      maxBytes: caps()[kind] ?? caps().image,
      inspectHead: (head) => {
        accepted = acceptHead(kind, head);
      },
      tap: peaks ? (chunk) => peaks.push(chunk) : undefined,
    });
    const mime = accepted?.mime ?? "application/octet-stream";
    const derived = await derive(asset, key, mime, got.bytes, peaks?.finish() ?? null).catch(async (err) => {
      await removeAll(asset);
      throw err;
    });
    const posterKey = await mirrorPoster(asset);
    await db.asset.update({
      where: { id: asset.id },
      data: {
        status: "mirrored",
        mime,
        bytes: got.bytes,
        sha256: got.sha256,
        storageKey: key,
        mirroredAt: new Date(),
        mirrorError: null,
        attempts: { increment: 1 },
        posterKey,
        ...derived.columns,
        meta: withMirrorMeta(asset.meta, { peaksKey: derived.peaksKey }),
      },
    });
    return "mirrored";
  } catch (err) {
    return recordFailure(asset, err);
  }
}

async function recordFailure(asset: Asset, err: unknown): Promise<"failed" | "retry"> {
  const message = err instanceof Error ? err.message : String(err);
  const attempts = asset.attempts + 1;
  const permanent = isPermanentMirrorError(err);
  const final = permanent || attempts >= MAX_MIRROR_ATTEMPTS;
  const mirror: MirrorMeta = final
    ? { retryable: !permanent, retryAt: Date.now() + sweepDelayMs(attempts) }
    : {};
  await db.asset.update({
    where: { id: asset.id },
    data: {
      attempts,
      mirrorError: message,
      status: final ? "failed" : "pending",
      meta: withMirrorMeta(asset.meta, mirror),
    },
  });
  return final ? "failed" : "retry";
}

/** The sweep's pace for an asset that keeps failing: 2, 4, 8… minutes, at most 6 hours. */
export function sweepDelayMs(attempts: number): number {
  return Math.min(6 * 3600_000, 60_000 * 2 ** Math.max(1, attempts - MAX_MIRROR_ATTEMPTS + 1));
}

/** Kie's links expire (20 min for signed ones): when one has, ask Kie for a fresh link once. */
async function downloadOrRefresh(asset: Asset, key: string, opts: DownloadOptions) {
  try {
    return await downloadToStorage(asset.sourceUrl, key, opts);
  } catch (err) {
    if (!(err instanceof AppError) || err.code !== "media_expired") throw err;
    const task = await db.task.findUnique({ where: { id: asset.taskId } });
    const fresh = await freshDownloadUrl(asset.sourceUrl, {
      gpt4oTaskId: task?.operationId.startsWith("image.gpt4o") ? (task.kieTaskId ?? undefined) : undefined,
    }).catch(() => {
      throw err;
    });
    await db.asset.update({ where: { id: asset.id }, data: { sourceUrl: fresh } });
    return downloadToStorage(fresh, key, opts);
  }
}

type Derived = {
  columns: { width?: number | null; height?: number | null; durationSec?: number | null; thumbKey?: string };
  peaksKey?: string;
};

/** Thumbnails, waveform peaks, video size and length: computed once, when the file arrives. */
async function derive(
  asset: Asset,
  key: string,
  mime: string,
  bytes: number,
  peaks: Peaks | null,
): Promise<Derived> {
  if (mime.startsWith("image/")) {
    const img = sharp(await readBuffer(key), { limitInputPixels: 100e6 });
    try {
      const m = await img.metadata();
      const thumb = await img
        .resize({ width: 480, withoutEnlargement: true })
        .webp({ quality: 78 })
        .toBuffer();
      await putBuffer(thumbKeyOf(asset), thumb, { contentType: "image/webp" });
      return { columns: { width: m.width ?? null, height: m.height ?? null, thumbKey: thumbKeyOf(asset) } };
    } catch (err) {
      throw new AppError("media_corrupt", "The image could not be read", { cause: err });
    }
  }
  if (peaks) {
    await putBuffer(peaksKeyOf(asset), Buffer.from(JSON.stringify(peaks)), {
      contentType: "application/json",
    });
    return { columns: { durationSec: peaks.durationSec }, peaksKey: peaksKeyOf(asset) };
  }
  if (mime === "video/mp4") {
    const info = await readMp4Info(async (start, end) => {
      const chunks: Buffer[] = [];
      for await (const chunk of await readStream(key, { start, end })) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    }, bytes);
    return {
      columns: {
        width: info?.width ?? asset.width,
        height: info?.height ?? asset.height,
        durationSec: info?.durationSec ?? asset.durationSec,
      },
    };
  }
  return { columns: {} };
}

async function removeAll(asset: Asset): Promise<void> {
  await Promise.all(
    [assetKey(asset), thumbKeyOf(asset), peaksKeyOf(asset)].map((k) => remove(k).catch(() => undefined)),
  );
}

type Inline = { mime: string; text?: string; base64?: string };

function inlineOf(asset: Asset): Inline | undefined {
  const meta = metaOf(asset.meta) as { inline?: Inline };
  return meta.inline && typeof meta.inline.mime === "string" ? meta.inline : undefined;
}

/** Content Kie returned inside its record (lyrics, transcripts, MIDI): stored like any download. */
async function storeInline(asset: Asset, key: string, inline: Inline): Promise<"mirrored" | "failed"> {
  const data =
    inline.base64 !== undefined
      ? Buffer.from(inline.base64, "base64")
      : Buffer.from(inline.text ?? "", "utf8");
  const sniffed = sniff(data);
  const binaryOk = asset.kind !== "midi" || sniffed?.kind === "midi";
  if (data.length > caps()[asset.kind as AssetKind] || !binaryOk) {
    await db.asset.update({
      where: { id: asset.id },
      data: { status: "failed", attempts: { increment: 1 }, mirrorError: "Kie returned unreadable content" },
    });
    return "failed";
  }
  await putBuffer(key, data);
  const { inline: _dropped, ...meta } = metaOf(asset.meta);
  await db.asset.update({
    where: { id: asset.id },
    data: {
      status: "mirrored",
      mime: sniffed?.mime ?? inline.mime,
      bytes: data.length,
      sha256: createHash("sha256").update(data).digest("hex"),
      storageKey: key,
      mirroredAt: new Date(),
      mirrorError: null,
      attempts: { increment: 1 },
      meta: withMirrorMeta(JSON.stringify(meta), {}),
    },
  });
  return "mirrored";
}

/** Cover art / poster: best effort; a missing poster never fails the asset. */
async function mirrorPoster(asset: Asset): Promise<string | null> {
  const meta = metaOf(asset.meta) as { posterUrl?: string };
  if (!meta.posterUrl) return asset.posterKey;
  try {
    await downloadToStorage(meta.posterUrl, posterKeyOf(asset), {
      maxBytes: caps().image,
      inspectHead: (head) => acceptHead("image", head),
    });
    return posterKeyOf(asset);
  } catch {
    return null;
  }
}
