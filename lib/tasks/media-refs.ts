import "server-only";
import { createHash } from "node:crypto";
import { openBlob } from "@/lib/assets/storage";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Asset } from "@/lib/generated/prisma/client";
import { uploadToKie } from "@/lib/kie/upload";
import { assetIdOfRef, mediaRefsIn, replaceMediaRefs } from "@/lib/ops/media";

/** Kie keeps uploads at least 24 h (REFERENCE §1.5): reuse one for 20 h, then upload again. */
const UPLOAD_REUSE_MS = 20 * 3600_000;

type UploadCache = { kieUpload?: { url: string; at: number } };

/** The caller's own mirrored assets named by `studio://asset/<id>` references, or a field-less error. */
export async function ownedAssetsFor(userId: string, refs: string[]): Promise<Map<string, Asset>> {
  const ids = [...new Set(refs.map((r) => assetIdOfRef(r)).filter((id): id is string => !!id))];
  const rows = ids.length
    ? await db.asset.findMany({ where: { id: { in: ids }, userId, status: "mirrored" } })
    : [];
  return new Map(rows.map((a) => [a.id, a]));
}

/**
 * Swaps every `studio://asset/<id>` in a task's input for a URL Kie can fetch: the file we mirrored
 * is uploaded through Kie's File Upload API (streamed from storage) and the link reused for 20 h.
 */
export async function resolveMediaRefs(userId: string, input: Record<string, unknown>) {
  const refs = mediaRefsIn(input);
  if (refs.length === 0) return input;
  const assets = await ownedAssetsFor(userId, refs);
  const urls = new Map<string, string>();
  for (const ref of new Set(refs)) {
    const asset = assets.get(assetIdOfRef(ref) ?? "");
    if (!asset?.storageKey)
      throw new AppError(
        "source_gone",
        "A result this task uses was deleted before it could be sent to Kie.",
      );
    urls.set(ref, await kieUrlFor(asset));
  }
  return replaceMediaRefs(input, (ref) => urls.get(ref) ?? ref) as Record<string, unknown>;
}

async function kieUrlFor(asset: Asset): Promise<string> {
  const meta = JSON.parse(asset.meta || "{}") as UploadCache & Record<string, unknown>;
  if (meta.kieUpload && Date.now() - meta.kieUpload.at < UPLOAD_REUSE_MS) return meta.kieUpload.url;
  const ext = (asset.mime?.split("/")[1] ?? "bin").replace("mpeg", "mp3").replace("midi", "mid");
  const url = await uploadToKie(await openBlob(asset.storageKey!, asset.mime ?? "application/octet-stream"), {
    fileName: `${asset.id}.${ext}`,
    // Per-user folder, not guessable from outside and stable for the user.
    uploadPath: `kie-studio/${createHash("sha256").update(asset.userId).digest("hex").slice(0, 16)}`,
  });
  await db.asset.update({
    where: { id: asset.id },
    data: { meta: JSON.stringify({ ...meta, kieUpload: { url, at: Date.now() } }) },
  });
  return url;
}
