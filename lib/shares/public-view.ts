import "server-only";
import { liveShareLink } from "@/lib/access/share-links";
import { db } from "@/lib/db";
import type { Asset, Task } from "@/lib/generated/prisma/client";
import { getOperation } from "@/lib/ops/registry";

/**
 * What a share link shows to anyone holding it: the file(s) through the share route and the
 * creative details. Never owner identity, credits, other results, task ids or provider URLs.
 */
export type PublicAsset = {
  id: string;
  kind: string;
  mime: string | null;
  title: string | null;
  prompt: string | null;
  model: string | null;
  lyrics: string | null;
  durationSec: number | null;
  width: number | null;
  height: number | null;
  createdAt: string;
  url: string;
  downloadUrl: string;
  posterUrl: string | null;
  thumbUrl: string | null;
};

export type PublicShare =
  | { kind: "asset"; asset: PublicAsset }
  | { kind: "collection"; name: string; assets: PublicAsset[] };

const MAX_COLLECTION_ITEMS = 200;

export function shareAssetUrl(token: string, assetId: string, query = ""): string {
  return `/api/s/${token}/asset/${assetId}${query}`;
}

function toPublicAsset(token: string, a: Asset & { task: Pick<Task, "input" | "operationId"> }): PublicAsset {
  const input = JSON.parse(a.task.input) as { prompt?: unknown };
  const meta = JSON.parse(a.meta || "{}") as { lyrics?: unknown };
  const op = getOperation(a.task.operationId);
  return {
    id: a.id,
    kind: a.kind,
    mime: a.mime,
    title: a.title,
    prompt: typeof input.prompt === "string" ? input.prompt : null,
    model: op ? `${op.title}${op.model ? ` · ${op.model}` : ""}` : null,
    lyrics: typeof meta.lyrics === "string" && meta.lyrics ? meta.lyrics : null,
    durationSec: a.durationSec,
    width: a.width,
    height: a.height,
    createdAt: a.createdAt.toISOString(),
    url: shareAssetUrl(token, a.id),
    downloadUrl: shareAssetUrl(token, a.id, "?download=1"),
    posterUrl: a.posterKey ? shareAssetUrl(token, a.id, "?variant=poster") : null,
    thumbUrl: a.thumbKey ? shareAssetUrl(token, a.id, "?variant=thumb") : null,
  };
}

const withTask = { task: { select: { input: true, operationId: true } } } as const;

export async function loadPublicShare(token: string): Promise<PublicShare | null> {
  const link = await liveShareLink(token);
  if (!link) return null;
  if (link.assetId) {
    const asset = await db.asset.findFirst({
      where: { id: link.assetId, status: "mirrored" },
      include: withTask,
    });
    return asset ? { kind: "asset", asset: toPublicAsset(token, asset) } : null;
  }
  const collection = await db.collection.findUnique({
    where: { id: link.collectionId ?? "" },
    include: {
      items: {
        where: { asset: { status: "mirrored" } },
        include: { asset: { include: withTask } },
        orderBy: { position: "asc" },
        take: MAX_COLLECTION_ITEMS,
      },
    },
  });
  if (!collection) return null;
  return {
    kind: "collection",
    name: collection.name,
    assets: collection.items.map((i) => toPublicAsset(token, i.asset)),
  };
}
