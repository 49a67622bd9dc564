"use client";

import { Download, FileIcon } from "lucide-react";
import { promptOf } from "@/components/forms/describe-input";
import { ImageGrid } from "@/components/media/image-grid";
import { TrackPlayer } from "@/components/media/track-player";
import { buttonClasses } from "@/components/ui/button";
import type { TaskView } from "@/lib/dal/tasks";
import { isTerminal } from "./format";
import { ImagePlaceholder, TrackPlaceholder } from "./output-placeholders";

/** How many results are still on their way, so the card keeps their place. */
function pendingCount(task: TaskView): number {
  if (isTerminal(task.state)) return task.pendingOutputs;
  const more = task.outputs.length === 0 || task.state === "partial" ? 1 : 0;
  return Math.max(task.pendingOutputs, more);
}

/** A task's results, each drawn by kind: songs as players, images as a grid, the rest as files. */
export function TaskOutputs({ task }: { task: TaskView }) {
  const audio = task.outputs.filter((o) => o.kind === "audio");
  const images = task.outputs.filter((o) => o.kind === "image");
  const videos = task.outputs.filter((o) => o.kind === "video");
  const files = task.outputs.filter((o) => !["audio", "image", "video"].includes(o.kind));
  const pending = pendingCount(task);
  const expectsImages = task.category === "image" || (images.length > 0 && audio.length === 0);
  const prompt = promptOf(task.input);
  const done = isTerminal(task.state);
  // Numbered by the take or slot they will fill, so keys stay stable as results arrive.
  const slots = Array.from({ length: done ? 0 : pending }, (_, i) => audio.length + images.length + i + 1);

  return (
    <div className="flex flex-col gap-2">
      {audio.map((asset, i) => (
        <TrackPlayer key={asset.assetId} asset={asset} take={i + 1} />
      ))}
      {expectsImages
        ? null
        : slots.map((take) => <TrackPlaceholder key={`pending-${take}`} take={take} label="Generating…" />)}
      {images.length > 0 || (expectsImages && slots.length > 0) ? (
        <ImageGrid
          columns="grid-cols-2 sm:grid-cols-4"
          tiles={[
            ...images.map((asset) => ({
              type: "image" as const,
              key: asset.assetId,
              entry: { asset, operationId: task.operationId, prompt, input: task.input },
            })),
            ...slots.map((slot) => ({
              type: "node" as const,
              key: `pending-${slot}`,
              node: <ImagePlaceholder />,
            })),
          ]}
        />
      ) : null}
      {videos.map((asset) => (
        // biome-ignore lint/a11y/useMediaCaption: generated video has no caption track
        <video
          key={asset.assetId}
          controls
          preload="metadata"
          src={asset.url}
          poster={asset.posterUrl ?? undefined}
          className="w-full rounded-xl bg-black"
        />
      ))}
      {files.map((asset) => (
        <a
          key={asset.assetId}
          href={asset.downloadUrl}
          download
          className={buttonClasses("secondary", "sm", "justify-start self-start")}
        >
          <FileIcon aria-hidden />
          {asset.title ?? asset.kind}
          <Download aria-hidden className="ml-1 text-zinc-400" />
        </a>
      ))}
    </div>
  );
}
