"use client";

import { ImageIcon } from "lucide-react";
import { promptOf } from "@/components/forms/describe-input";
import { isTerminal } from "@/components/tasks/format";
import { LoadMore } from "@/components/tasks/load-more";
import { useLiveTaskList } from "@/components/tasks/task-feed";
import { EmptyState } from "@/components/ui/empty-state";
import type { TaskView } from "@/lib/dal/tasks";
import type { TaskPage } from "@/lib/queries/tasks";
import type { GridTile } from "./image-entry";
import { ImageGrid } from "./image-grid";
import { FailedImageTile, PendingImageTile } from "./task-tiles";

function tilesOf(task: TaskView): GridTile[] {
  const prompt = promptOf(task.input);
  const images: GridTile[] = task.outputs
    .filter((o) => o.kind === "image")
    .map((asset) => ({
      type: "image",
      key: asset.assetId,
      entry: { asset, operationId: task.operationId, prompt, input: task.input },
    }));
  if (!isTerminal(task.state) && (images.length === 0 || task.pendingOutputs > 0)) {
    images.push({ type: "node", key: `pending-${task.id}`, node: <PendingImageTile task={task} /> });
  }
  if (task.state === "failed" && images.length === 0) {
    images.push({ type: "node", key: `failed-${task.id}`, node: <FailedImageTile task={task} /> });
  }
  return images;
}

/** Every recent image task as grid tiles: results, live placeholders and failures, newest first. */
export function ImageResults({ initialPage }: { initialPage: TaskPage }) {
  const { query, tasks } = useLiveTaskList("image", initialPage);
  const tiles = tasks.flatMap(tilesOf);

  if (tiles.length === 0) {
    return (
      <EmptyState
        icon={<ImageIcon />}
        title="No images yet"
        description="Pick a model, describe what you want to see and press Generate. Results land here."
      />
    );
  }
  return (
    <div className="flex flex-col gap-4">
      <ImageGrid tiles={tiles} columns="grid-cols-2 sm:grid-cols-3" />
      <LoadMore
        hasMore={query.hasNextPage}
        loading={query.isFetchingNextPage}
        onLoadMore={() => query.fetchNextPage()}
      />
    </div>
  );
}
