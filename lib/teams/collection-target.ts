import "server-only";
import { authorizeCollection, userActor } from "@/lib/access";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** At submit: the caller must be able to add to the collection now, or the task is refused before it exists. */
export async function assertCanFileInto(userId: string, collectionId: string): Promise<void> {
  const collection = await authorizeCollection(userActor(userId), collectionId, "update");
  if (!collection)
    throw new AppError("collection_not_found", "That team collection is not available to you.", {
      status: 404,
      fields: { teamCollectionId: ["That team collection is not available to you."] },
    });
}

export async function rememberTarget(taskId: string, collectionId: string): Promise<void> {
  await db.taskCollectionTarget.upsert({
    where: { taskId },
    create: { taskId, collectionId },
    update: { collectionId },
  });
}

/**
 * Once a task's results are mirrored, files them into the collection chosen at submit. The right
 * is checked again: a member removed from the team meanwhile no longer adds to its collection.
 */
export async function fileResultsIntoTarget(taskId: string): Promise<number> {
  const target = await db.taskCollectionTarget.findUnique({ where: { taskId } });
  if (!target) return 0;
  const task = await db.task.findUnique({ where: { id: taskId }, select: { userId: true } });
  const allowed = task && (await authorizeCollection(userActor(task.userId), target.collectionId, "update"));
  let added = 0;
  if (allowed) {
    const assets = await db.asset.findMany({
      where: { taskId, status: "mirrored" },
      orderBy: { outputKey: "asc" },
      select: { id: true },
    });
    const last = await db.collectionItem.findFirst({
      where: { collectionId: target.collectionId },
      orderBy: { position: "desc" },
      select: { position: true },
    });
    let position = (last?.position ?? 0) + 1;
    for (const asset of assets) {
      const res = await db.collectionItem.upsert({
        where: { collectionId_assetId: { collectionId: target.collectionId, assetId: asset.id } },
        create: { collectionId: target.collectionId, assetId: asset.id, position: position++ },
        update: {},
      });
      if (res) added++;
    }
  }
  await db.taskCollectionTarget.delete({ where: { taskId } });
  return added;
}
