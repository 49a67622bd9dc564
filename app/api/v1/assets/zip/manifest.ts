import type { ExportRow } from "@/lib/dal/assets";
import { getOperation } from "@/lib/ops/registry";

export type ManifestItem = {
  /** The entry's path inside the ZIP; null when the stored file was missing. */
  file: string | null;
  assetId: string;
  taskId: string;
  kind: string;
  mime: string | null;
  bytes: number | null;
  sha256: string | null;
  title: string | null;
  prompt: string | null;
  operationId: string;
  operation: string;
  model: string;
  category: string;
  parameters: Record<string, unknown>;
  credits: { estimate: number; charged: number | null };
  parent: { taskId: string | null; assetId: string | null; file: string | null } | null;
  durationSec: number | null;
  width: number | null;
  height: number | null;
  createdAt: string;
  taskCreatedAt: string;
  finishedAt: string | null;
};

export type Manifest = { generator: "Kie Studio"; exportedAt: string; count: number; items: ManifestItem[] };

function parseInput(json: string): Record<string, unknown> {
  try {
    const value = JSON.parse(json) as unknown;
    return value && typeof value === "object" ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export function manifestItem(row: ExportRow, file: string | null): ManifestItem {
  const op = getOperation(row.task.operationId);
  const parameters = parseInput(row.task.input);
  const prompt = parameters.prompt ?? parameters.text;
  const { parentTaskId, parentAssetId } = row.task;
  return {
    file,
    assetId: row.id,
    taskId: row.taskId,
    kind: row.kind,
    mime: row.mime,
    bytes: row.bytes,
    sha256: row.sha256,
    title: row.title,
    prompt: typeof prompt === "string" ? prompt : null,
    operationId: row.task.operationId,
    operation: op?.title ?? row.task.operationId,
    model: op?.model ?? "",
    category: row.task.category,
    parameters,
    credits: { estimate: row.task.costEstimate, charged: row.task.creditsCharged },
    parent:
      parentTaskId || parentAssetId ? { taskId: parentTaskId, assetId: parentAssetId, file: null } : null,
    durationSec: row.durationSec,
    width: row.width,
    height: row.height,
    createdAt: row.createdAt.toISOString(),
    taskCreatedAt: row.task.createdAt.toISOString(),
    finishedAt: row.task.finishedAt?.toISOString() ?? null,
  };
}

/** Points parent links at the parent's file when the parent is in the same archive. */
export function linkParents(items: ManifestItem[]): ManifestItem[] {
  const fileOf = new Map(items.map((i) => [i.assetId, i.file]));
  return items.map((i) =>
    i.parent?.assetId ? { ...i, parent: { ...i.parent, file: fileOf.get(i.parent.assetId) ?? null } } : i,
  );
}

/** A file name unique within the archive: "song.mp3", then "song-2.mp3", "song-3.mp3"… */
export function uniqueName(name: string, taken: Set<string>): string {
  const dot = name.lastIndexOf(".");
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ""];
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()) || candidate === "manifest.json"; n++)
    candidate = `${stem}-${n}${ext}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}
