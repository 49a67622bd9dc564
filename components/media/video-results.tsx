"use client";

import { Clapperboard } from "lucide-react";
import { promptOf } from "@/components/forms/describe-input";
import { isTerminal } from "@/components/tasks/format";
import { LoadMore } from "@/components/tasks/load-more";
import { TaskError } from "@/components/tasks/task-error";
import { useLiveTaskList } from "@/components/tasks/task-feed";
import { TaskProgress } from "@/components/tasks/task-progress";
import { EmptyState } from "@/components/ui/empty-state";
import type { TaskView } from "@/lib/dal/tasks";
import type { TaskPage } from "@/lib/queries/tasks";
import { VideoPlayer } from "./video-player";

function PendingVideo({ task }: { task: TaskView }) {
  const prompt = promptOf(task.input);
  return (
    <div
      data-testid="video-pending"
      data-task-id={task.id}
      data-state={task.state}
      className="flex flex-col gap-2"
    >
      <div className="flex aspect-video w-full flex-col justify-end rounded-xl bg-gradient-to-br from-zinc-100 via-brand-50 to-zinc-100 p-3 ring-1 ring-zinc-200/70 dark:from-zinc-900 dark:via-brand-950/40 dark:to-zinc-900 dark:ring-zinc-800">
        <TaskProgress
          state={task.state}
          category={task.category}
          operationId={task.operationId}
          progress={task.progress}
          note={task.note}
        />
      </div>
      {prompt ? (
        <p className="line-clamp-2 px-0.5 text-[13px] text-zinc-500 dark:text-zinc-400">{prompt}</p>
      ) : null}
    </div>
  );
}

function FailedVideo({ task }: { task: TaskView }) {
  const prompt = promptOf(task.input);
  return (
    <div data-testid="video-failed" data-task-id={task.id} className="flex flex-col gap-2">
      <TaskError
        message={task.error?.message ?? "Kie could not finish this video."}
        code={task.error?.code}
      />
      {prompt ? (
        <p className="line-clamp-2 px-0.5 text-[13px] text-zinc-500 dark:text-zinc-400">“{prompt}”</p>
      ) : null}
    </div>
  );
}

function tilesOf(task: TaskView) {
  const prompt = promptOf(task.input);
  const videos = task.outputs.filter((o) => o.kind === "video");
  const tiles = videos.map((asset) => (
    <li key={asset.assetId}>
      <VideoPlayer
        asset={asset}
        operationId={task.operationId}
        prompt={prompt}
        taskHref={`/tasks/${task.id}`}
      />
    </li>
  ));
  if (!isTerminal(task.state) && (videos.length === 0 || task.pendingOutputs > 0)) {
    tiles.push(
      <li key={`pending-${task.id}`}>
        <PendingVideo task={task} />
      </li>,
    );
  }
  if (task.state === "failed" && videos.length === 0) {
    tiles.push(
      <li key={`failed-${task.id}`}>
        <FailedVideo task={task} />
      </li>,
    );
  }
  return tiles;
}

/** Every recent video task: playable clips, live progress and failures, newest first. */
export function VideoResults({ initialPage }: { initialPage: TaskPage }) {
  const { query, tasks } = useLiveTaskList("video", initialPage);
  const tiles = tasks.flatMap(tilesOf);
  if (tiles.length === 0) {
    return (
      <EmptyState
        icon={<Clapperboard />}
        title="No videos yet"
        description="Pick a model, describe the shot and press Generate. Clips land here, ready to play."
      />
    );
  }
  return (
    <div className="flex flex-col gap-4">
      <ul className="grid gap-x-4 gap-y-6 sm:grid-cols-2">{tiles}</ul>
      <LoadMore
        hasMore={query.hasNextPage}
        loading={query.isFetchingNextPage}
        onLoadMore={() => query.fetchNextPage()}
      />
    </div>
  );
}
