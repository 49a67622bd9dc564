import "server-only";
import { mirrorMetaOf } from "@/lib/assets/mirror-meta";
import { parseInput, promptOf, searchWords } from "@/lib/assets/search-text";
import { remove } from "@/lib/assets/storage";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Asset, Prisma, Task } from "@/lib/generated/prisma/client";
import { getOperation } from "@/lib/ops/registry";
import type { SourceRef } from "@/lib/ops/types";
import { toSourceRef } from "@/lib/tasks/source";
import { decodeCursor, encodeCursor, type GalleryCursor, INVALID_CURSOR } from "./gallery-cursor";

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
  /** Whether the file is in our storage; until then only Kie has it. */
  mirrored: boolean;
  mirrorStatus: "pending" | "mirrored" | "failed";
  /** Why saving failed (failed ones only). */
  mirrorError: string | null;
  /** When Kie deletes the source (ISO); what an unmirrored asset has left. */
  expiresAt: string | null;
  /** Waveform peaks JSON (`Peaks` in lib/assets/derive/wav-peaks.ts) for mirrored WAV audio. */
  peaksUrl: string | null;
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
    mirrored: a.status === "mirrored",
    mirrorStatus: a.status === "mirrored" || a.status === "failed" ? a.status : "pending",
    mirrorError: a.status === "failed" ? a.mirrorError : null,
    expiresAt: a.expiresAt?.toISOString() ?? null,
    peaksUrl:
      a.status === "mirrored" && mirrorMetaOf(a.meta).peaksKey ? `/api/assets/${a.id}?variant=peaks` : null,
  };
}

export async function getAssetForUser(userId: string, id: string): Promise<Asset | null> {
  return db.asset.findFirst({ where: { id, userId, status: "mirrored" } });
}

/** One gallery cell: the file, what made it and what it cost. Parameters come with the details. */
export type GalleryItem = AssetView & {
  prompt: string | null;
  operationId: string;
  operationTitle: string;
  model: string;
  category: string;
  /** Kie's charge when known, else the estimate held at submit. */
  credits: number;
  favorite: boolean;
  parentTaskId: string | null;
  parentAssetId: string | null;
};

export type GallerySort = "newest" | "oldest" | "position";

export type GalleryFilter = {
  kind?: string;
  category?: string;
  /** Only results made by these operations (the model filter, and pickers listing eligible sources). */
  operations?: string[];
  /** Made at or after this instant. */
  from?: Date;
  /** Made before this instant. */
  to?: Date;
  favorites?: boolean;
  collectionId?: string;
  /** Words looked for in prompts and titles (case-insensitive); a result must contain every word. */
  q?: string;
  /** "position" is the collection's own order and needs `collectionId`. */
  sort?: GallerySort;
};

export type AssetListOptions = GalleryFilter & { cursor?: string; limit: number };
export type AssetPage = { items: GalleryItem[]; nextCursor: string | null };

type TaskFacts = Pick<Task, "input" | "operationId" | "category" | "costEstimate" | "creditsCharged"> &
  Pick<Task, "parentTaskId" | "parentAssetId">;
type GalleryRow = Asset & { task: TaskFacts; favorites: { userId: string }[] };

const taskFacts = {
  select: {
    input: true,
    operationId: true,
    category: true,
    costEstimate: true,
    creditsCharged: true,
    parentTaskId: true,
    parentAssetId: true,
  },
} as const;

const galleryInclude = (userId: string) =>
  ({ task: taskFacts, favorites: { where: { userId }, select: { userId: true } } }) as const;

export function toGalleryItem(row: GalleryRow): GalleryItem {
  const op = getOperation(row.task.operationId);
  return {
    ...toAssetView(row),
    prompt: promptOf(parseInput(row.task.input)),
    operationId: row.task.operationId,
    operationTitle: op?.title ?? row.task.operationId,
    model: op?.model ?? "",
    category: row.task.category,
    credits: row.task.creditsCharged ?? row.task.costEstimate,
    favorite: row.favorites.length > 0,
    parentTaskId: row.task.parentTaskId ?? null,
    parentAssetId: row.task.parentAssetId ?? null,
  };
}

/** Every filter, the words included: the database answers them exactly, from indexes. */
function galleryWhere(userId: string, f: GalleryFilter): Prisma.AssetWhereInput {
  // Every word must occur somewhere in title or prompt; both sides are lower-cased already.
  const words = searchWords(f.q).map((word): Prisma.AssetWhereInput => ({ searchText: { contains: word } }));
  return {
    userId,
    status: "mirrored",
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.from || f.to
      ? { createdAt: { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lt: f.to } : {}) } }
      : {}),
    // The asset's copies of its task's category and operation: no per-query scan of tasks.
    ...(f.category ? { category: f.category } : {}),
    ...(f.operations?.length ? { operationId: { in: f.operations } } : {}),
    ...(f.favorites ? { favorites: { some: { userId } } } : {}),
    ...(f.collectionId ? { collectionItems: { some: { collectionId: f.collectionId } } } : {}),
    ...(words.length ? { AND: words } : {}),
  };
}

/**
 * "After the cursor" in a (key, id) order. The plain bound on the key comes first so the database
 * seeks straight to it in the index; the OR only breaks ties between equal keys.
 */
function after<Where>(key: string, at: Date | number, id: string, dir: "asc" | "desc"): Where {
  const past = dir === "asc" ? "gt" : "lt";
  const upTo = dir === "asc" ? "gte" : "lte";
  return {
    AND: [{ [key]: { [upTo]: at } }, { OR: [{ [key]: { [past]: at } }, { [key]: at, id: { [past]: id } }] }],
  } as Where;
}

function readCursor(token: string | undefined, by: GalleryCursor["by"]): GalleryCursor | undefined {
  if (token === undefined) return undefined;
  const cursor = decodeCursor(token);
  if (!cursor || cursor.by !== by) throw new AppError("invalid_cursor", INVALID_CURSOR, { status: 400 });
  return cursor;
}

/**
 * One page of the caller's results. `cursor` is the previous page's `nextCursor`: a keyset token
 * (lib/dal/gallery-cursor.ts), so page 1,000 costs what page 1 costs.
 */
export async function listAssetsForUser(userId: string, opts: AssetListOptions): Promise<AssetPage> {
  const where = galleryWhere(userId, opts);
  const take = opts.limit + 1;
  if (opts.sort === "position" && opts.collectionId) {
    const cursor = readCursor(opts.cursor, "position");
    const entries = await db.collectionItem.findMany({
      where: {
        collectionId: opts.collectionId,
        // Only the caller's own results (the asset filter says so), in the collection's order.
        asset: where,
        ...(cursor ? after<Prisma.CollectionItemWhereInput>("position", cursor.at, cursor.id, "asc") : {}),
      },
      include: { asset: { include: galleryInclude(userId) } },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      take,
    });
    const page = entries.slice(0, opts.limit);
    const last = page.at(-1);
    return {
      items: page.map((e) => toGalleryItem(e.asset)),
      nextCursor:
        entries.length > opts.limit && last
          ? encodeCursor({ by: "position", at: last.position, id: last.id })
          : null,
    };
  }
  const dir = opts.sort === "oldest" ? "asc" : "desc";
  const cursor = readCursor(opts.cursor, "time");
  const rows = await db.asset.findMany({
    where: cursor
      ? { AND: [where, after<Prisma.AssetWhereInput>("createdAt", new Date(cursor.at), cursor.id, dir)] }
      : where,
    include: galleryInclude(userId),
    orderBy: [{ createdAt: dir }, { id: dir }],
    take,
  });
  const page = rows.slice(0, opts.limit);
  const last = page.at(-1);
  return {
    items: page.map(toGalleryItem),
    nextCursor:
      rows.length > opts.limit && last
        ? encodeCursor({ by: "time", at: last.createdAt.getTime(), id: last.id })
        : null,
  };
}

/** The operations and categories the caller has results from: what the filter menus offer. */
export async function galleryFacetsForUser(
  userId: string,
): Promise<{ operations: { id: string; title: string; model: string; category: string }[] }> {
  const rows = await db.task.groupBy({
    by: ["operationId", "category"],
    where: { userId, assets: { some: { status: "mirrored" } } },
  });
  return {
    operations: rows
      .map((r) => {
        const op = getOperation(r.operationId);
        return {
          id: r.operationId,
          title: op?.title ?? r.operationId,
          model: op?.model ?? "",
          category: r.category,
        };
      })
      .sort((a, b) => a.category.localeCompare(b.category) || a.title.localeCompare(b.title)),
  };
}

/** Mirrored assets of the caller among `ids`, in the order asked; unknown or foreign ids are dropped. */
export async function getGalleryItemsForUser(userId: string, ids: readonly string[]): Promise<GalleryItem[]> {
  const rows = await db.asset.findMany({
    where: { id: { in: [...ids] }, userId, status: "mirrored" },
    include: galleryInclude(userId),
  });
  const byId = new Map(rows.map((r) => [r.id, toGalleryItem(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export type ExportRow = Asset & { task: Task };

/** The caller's mirrored assets among `ids` with their whole task, in the order asked (ZIP export). */
export async function exportRowsForUser(userId: string, ids: readonly string[]): Promise<ExportRow[]> {
  const rows = await db.asset.findMany({
    where: { id: { in: [...ids] }, userId, status: "mirrored" },
    include: { task: true },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

const TERMINAL_TASK_STATES = ["succeeded", "failed", "canceled"];

/** Every stored object of an asset: the original and its derived thumbnail, poster and waveform peaks. */
export function storageKeysOf(
  asset: Pick<Asset, "storageKey" | "thumbKey" | "posterKey" | "meta">,
): string[] {
  return [asset.storageKey, asset.thumbKey, asset.posterKey, mirrorMetaOf(asset.meta).peaksKey].filter(
    (k): k is string => typeof k === "string" && k.length > 0,
  );
}

/**
 * Deletes the caller's assets among `ids` and their stored files. A finished task left without
 * any asset goes too; one that still has other assets (or may still produce some) stays.
 * Rows go first so nothing points at a missing file; a file that cannot be removed is only litter.
 */
export async function deleteAssetsForUser(
  userId: string,
  ids: readonly string[],
): Promise<{ deleted: string[] }> {
  const rows = await db.asset.findMany({
    where: { id: { in: [...ids] }, userId },
    select: { id: true, taskId: true, storageKey: true, thumbKey: true, posterKey: true, meta: true },
  });
  // All or nothing: one id that is not the caller's makes the whole request "not found".
  if (rows.length !== new Set(ids).size) throw new AppError("not_found", "Not found", { status: 404 });
  const assetIds = rows.map((r) => r.id);
  await db.asset.deleteMany({ where: { id: { in: assetIds }, userId } });
  await db.task.deleteMany({
    where: {
      id: { in: [...new Set(rows.map((r) => r.taskId))] },
      userId,
      state: { in: TERMINAL_TASK_STATES },
      assets: { none: {} },
    },
  });
  await Promise.all(rows.flatMap(storageKeysOf).map((key) => remove(key).catch(() => undefined)));
  return { deleted: assetIds };
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
