import "server-only";
import { db } from "@/lib/db";
import type { Asset, Task } from "@/lib/generated/prisma/client";
import { assetRef } from "@/lib/ops/media";
import type { AssetKind, SourceRef } from "@/lib/ops/types";

type AssetMeta = { providerId?: string; lyrics?: string; tags?: string; outputIndex?: number } & Record<
  string,
  unknown
>;

/** How an operation that starts from this asset sees it. */
export function toSourceRef(asset: Asset, task: Task): SourceRef | undefined {
  if (!task.kieTaskId) return undefined;
  // Provider links (poster, Kie upload) and raw inline content stay on the server.
  const { posterUrl: _p, kieUpload: _k, inline: _i, ...meta } = JSON.parse(asset.meta || "{}") as AssetMeta;
  return {
    assetId: asset.id,
    kind: asset.kind as AssetKind,
    operationId: task.operationId,
    kieTaskId: task.kieTaskId,
    providerId: meta.providerId,
    outputIndex: typeof meta.outputIndex === "number" ? meta.outputIndex : outputIndexOf(asset.outputKey),
    ref: assetRef(asset.id),
    durationSec: asset.durationSec ?? undefined,
    title: asset.title ?? undefined,
    meta,
    taskInput: JSON.parse(task.input) as Record<string, unknown>,
  };
}

/** "track-1" → 1, "image-0" → 0; outputs without a number count as the first. */
function outputIndexOf(outputKey: string): number {
  const m = /-(\d+)$/.exec(outputKey);
  return m ? Number(m[1]) : 0;
}

/** The caller's own finished result as a source; another user's asset is simply not found. */
export async function sourceRefForAsset(userId: string, assetId: string): Promise<SourceRef | undefined> {
  const asset = await db.asset.findFirst({
    where: { id: assetId, userId, status: "mirrored" },
    include: { task: true },
  });
  return asset ? toSourceRef(asset, asset.task) : undefined;
}

/**
 * The source a submission names through a Kie task id (`ref: "kie-task"` fields) and, when given,
 * Kie's id of one output (Suno `audioId`): only the caller's own tasks count.
 */
export async function sourceRefForKieIds(
  userId: string,
  kieTaskId: string,
  providerId?: string,
): Promise<{ task: Task; source?: SourceRef } | undefined> {
  const task = await db.task.findFirst({ where: { userId, kieTaskId }, orderBy: { createdAt: "desc" } });
  if (!task) return undefined;
  const assets = await db.asset.findMany({ where: { taskId: task.id }, orderBy: { outputKey: "asc" } });
  const asset = providerId
    ? assets.find((a) => (JSON.parse(a.meta || "{}") as AssetMeta).providerId === providerId)
    : assets[0];
  return { task, source: asset ? toSourceRef(asset, task) : undefined };
}

/** The caller's asset whose Kie output id is `providerId` (a Suno audioId). */
export async function assetByProviderId(userId: string, providerId: string) {
  const candidates = await db.asset.findMany({
    where: { userId, meta: { contains: JSON.stringify(providerId) } },
    include: { task: true },
    take: 5,
  });
  return candidates.find((a) => (JSON.parse(a.meta || "{}") as AssetMeta).providerId === providerId);
}
