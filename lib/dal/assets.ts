import "server-only";
import { db } from "@/lib/db";
import type { Asset } from "@/lib/generated/prisma/client";
import type { SourceRef } from "@/lib/ops/types";
import { toSourceRef } from "@/lib/tasks/source";

export type AssetView = {
  assetId: string;
  taskId: string;
  kind: string;
  mime: string | null;
  url: string;
  downloadUrl: string;
  thumbUrl: string | null;
  posterUrl: string | null;
  bytes: number | null;
  durationSec?: number;
  width?: number;
  height?: number;
  title: string | null;
  lyrics?: string;
  tags?: string;
  createdAt: string;
};

/** Only our own URLs leave the server; the provider URL stays in the database. */
export function toAssetView(a: Asset): AssetView {
  const meta = JSON.parse(a.meta || "{}") as { lyrics?: string; tags?: string };
  return {
    assetId: a.id,
    taskId: a.taskId,
    kind: a.kind,
    mime: a.mime,
    url: `/api/assets/${a.id}`,
    downloadUrl: `/api/assets/${a.id}?download=1`,
    thumbUrl: a.thumbKey ? `/api/assets/${a.id}?variant=thumb` : null,
    posterUrl: a.posterKey ? `/api/assets/${a.id}?variant=poster` : null,
    bytes: a.bytes,
    durationSec: a.durationSec ?? undefined,
    width: a.width ?? undefined,
    height: a.height ?? undefined,
    title: a.title,
    lyrics: meta.lyrics || undefined,
    tags: meta.tags || undefined,
    createdAt: a.createdAt.toISOString(),
  };
}

export async function getAssetForUser(userId: string, id: string): Promise<Asset | null> {
  return db.asset.findFirst({ where: { id, userId, status: "mirrored" } });
}

export type GalleryItem = AssetView & { prompt: string | null; operationId: string };

export type AssetListOptions = {
  cursor?: string;
  limit: number;
  kind?: string;
  /** Only results made by these operations (a picker listing eligible sources). */
  operations?: string[];
};

export async function listAssetsForUser(
  userId: string,
  opts: AssetListOptions,
): Promise<{ items: GalleryItem[]; nextCursor: string | null }> {
  const rows = await db.asset.findMany({
    where: {
      userId,
      status: "mirrored",
      ...(opts.kind ? { kind: opts.kind } : {}),
      ...(opts.operations?.length ? { task: { operationId: { in: opts.operations } } } : {}),
    },
    include: { task: { select: { input: true, operationId: true } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: opts.limit + 1,
    ...(opts.cursor ? { cursor: { id: opts.cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, opts.limit);
  return {
    items: page.map((a) => {
      const input = JSON.parse(a.task.input) as { prompt?: string };
      return { ...toAssetView(a), prompt: input.prompt ?? null, operationId: a.task.operationId };
    }),
    nextCursor: rows.length > opts.limit ? page[page.length - 1].id : null,
  };
}

/** An earlier result as a form starts from it: the ref the operation's prefill reads, and its view. */
export type SourceView = { ref: SourceRef; asset: AssetView };

const isUrlish = (v: unknown): boolean =>
  (typeof v === "string" && /^https?:\/\//i.test(v)) ||
  (typeof v === "object" && v !== null && Object.values(v).some(isUrlish));

/** Provider URLs (poster art, Kie upload copies) kept in an asset's meta never leave the server. */
function withoutProviderUrls(source: SourceRef): SourceRef {
  if (!source.meta) return source;
  return { ...source, meta: Object.fromEntries(Object.entries(source.meta).filter(([, v]) => !isUrlish(v))) };
}

/** One of the caller's finished results as a source, with its view; another user's is not found. */
export async function getSourceForUser(userId: string, assetId: string): Promise<SourceView | undefined> {
  const row = await db.asset.findFirst({
    where: { id: assetId, userId, status: "mirrored" },
    include: { task: true },
  });
  const source = row ? toSourceRef(row, row.task) : undefined;
  return row && source ? { ref: withoutProviderUrls(source), asset: toAssetView(row) } : undefined;
}
