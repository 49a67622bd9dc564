import "server-only";
import { createHash } from "node:crypto";
import sharp from "sharp";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Asset } from "@/lib/generated/prisma/client";
import { freshDownloadUrl } from "@/lib/kie/download-url";
import type { AssetKind } from "@/lib/ops/types";
import { downloadToStorage } from "./fetch-media";
import { sniff, wavDurationSec } from "./sniff";
import { putBuffer, readBuffer, remove } from "./storage";

const SIZE_CAP: Record<AssetKind, number> = {
  image: 25e6,
  audio: 100e6,
  video: 1e9,
  text: 5e6,
  midi: 5e6,
};

export const MAX_MIRROR_ATTEMPTS = 5;

export const assetKey = (a: Pick<Asset, "userId" | "id">) => `assets/${a.userId}/${a.id}`;

/** Copies one output into our storage and records what it is. Never throws: failures are recorded. */
export async function mirrorAsset(asset: Asset): Promise<"mirrored" | "failed" | "retry"> {
  if (asset.status === "mirrored") return "mirrored";
  const key = assetKey(asset);
  const inline = inlineOf(asset);
  if (inline) return storeInline(asset, key, inline);
  try {
    const got = await downloadOrRefresh(asset, key);
    const what = sniff(got.head);
    if (!what || what.kind !== asset.kind) {
      await remove(key);
      throw new AppError(
        "media_kind",
        `Expected ${asset.kind} but Kie sent ${what?.mime ?? "something unrecognised"}`,
      );
    }
    const probed = await probeMedia(asset, key, what.kind, got.head, got.bytes);
    const posterKey = await mirrorPoster(asset);
    await db.asset.update({
      where: { id: asset.id },
      data: {
        status: "mirrored",
        mime: what.mime,
        bytes: got.bytes,
        sha256: got.sha256,
        storageKey: key,
        mirroredAt: new Date(),
        mirrorError: null,
        attempts: { increment: 1 },
        posterKey,
        ...probed,
      },
    });
    return "mirrored";
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const attempts = asset.attempts + 1;
    const final = attempts >= MAX_MIRROR_ATTEMPTS || (err instanceof AppError && err.code === "media_kind");
    await db.asset.update({
      where: { id: asset.id },
      data: { attempts, mirrorError: message, status: final ? "failed" : "pending" },
    });
    return final ? "failed" : "retry";
  }
}

/** Kie's links expire (20 min for signed ones): when one has, ask Kie for a fresh link once. */
async function downloadOrRefresh(asset: Asset, key: string) {
  const cap = SIZE_CAP[asset.kind as AssetKind] ?? 25e6;
  try {
    return await downloadToStorage(asset.sourceUrl, key, cap);
  } catch (err) {
    if (!(err instanceof AppError) || err.code !== "media_expired") throw err;
    const task = await db.task.findUnique({ where: { id: asset.taskId } });
    const fresh = await freshDownloadUrl(asset.sourceUrl, {
      gpt4oTaskId: task?.operationId.startsWith("image.gpt4o") ? (task.kieTaskId ?? undefined) : undefined,
    }).catch(() => {
      throw err;
    });
    await db.asset.update({ where: { id: asset.id }, data: { sourceUrl: fresh } });
    return downloadToStorage(fresh, key, cap);
  }
}

type Inline = { mime: string; text?: string; base64?: string };

function inlineOf(asset: Asset): Inline | undefined {
  const meta = JSON.parse(asset.meta || "{}") as { inline?: Inline };
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
  if (data.length > SIZE_CAP[asset.kind as AssetKind] || !binaryOk) {
    await db.asset.update({
      where: { id: asset.id },
      data: { status: "failed", attempts: { increment: 1 }, mirrorError: "Kie returned unreadable content" },
    });
    return "failed";
  }
  await putBuffer(key, data);
  const { inline: _dropped, ...meta } = JSON.parse(asset.meta || "{}") as Record<string, unknown>;
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
      meta: JSON.stringify(meta),
    },
  });
  return "mirrored";
}

async function probeMedia(asset: Asset, key: string, kind: AssetKind, head: Buffer, bytes: number) {
  if (kind === "image") {
    const buf = await readBuffer(key);
    const img = sharp(buf, { limitInputPixels: 100e6 });
    const m = await img.metadata();
    const thumbKey = `thumbs/${asset.userId}/${asset.id}.webp`;
    await putBuffer(
      thumbKey,
      await img.resize({ width: 480, withoutEnlargement: true }).webp({ quality: 78 }).toBuffer(),
    );
    return { width: m.width ?? null, height: m.height ?? null, thumbKey };
  }
  if (kind === "audio") {
    const fromHeader = wavDurationSec(head, bytes);
    return { durationSec: fromHeader ?? asset.durationSec };
  }
  return {};
}

/** Cover art / poster: best effort; a missing poster never fails the asset. */
async function mirrorPoster(asset: Asset): Promise<string | null> {
  const meta = JSON.parse(asset.meta || "{}") as { posterUrl?: string };
  if (!meta.posterUrl) return asset.posterKey;
  const key = `posters/${asset.userId}/${asset.id}`;
  try {
    const got = await downloadToStorage(meta.posterUrl, key, SIZE_CAP.image);
    if (sniff(got.head)?.kind !== "image") {
      await remove(key);
      return null;
    }
    return key;
  } catch {
    return null;
  }
}
