import "server-only";
import { type GalleryItem, getGalleryItemsForUser } from "@/lib/dal/assets";
import { collectionIdsContaining } from "@/lib/dal/collections";
import { getTaskLineage, type TaskLedger, type TaskLineage } from "@/lib/dal/lineage";

export type AssetDetails = {
  item: GalleryItem;
  /** The task's validated input: what "use these settings" pre-fills. */
  parameters: Record<string, unknown>;
  ledger: TaskLedger;
  parent: TaskLineage["parent"];
  children: TaskLineage["children"];
  collectionIds: string[];
};

/** Everything the gallery's details panel shows for one of the caller's results. */
export async function getAssetDetailsForUser(userId: string, assetId: string): Promise<AssetDetails | null> {
  const [item] = await getGalleryItemsForUser(userId, [assetId]);
  if (!item) return null;
  const [lineage, collectionIds] = await Promise.all([
    getTaskLineage(userId, item.taskId),
    collectionIdsContaining(userId, assetId),
  ]);
  if (!lineage) return null;
  return {
    item,
    parameters: lineage.task.input,
    ledger: lineage.ledger,
    parent: lineage.parent,
    children: lineage.children,
    collectionIds,
  };
}
