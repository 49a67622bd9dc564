"use client";

import { Download } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { AssetView } from "@/lib/dal/assets";
import { FollowUpMenu } from "./follow-up-menu";
import { mediaFacts } from "./media-facts";

type VideoPlayerProps = {
  asset: AssetView;
  /** The operation that made it: decides which follow-ups its menu offers. */
  operationId: string;
  prompt?: string | null;
  /** Link to the task that made it (off on the task's own page). */
  taskHref?: string;
  className?: string;
};

/** A playable clip with its poster, length and size, plus download and "Use as source". */
export function VideoPlayer({ asset, operationId, prompt, taskHref, className }: VideoPlayerProps) {
  // Our copy may not record length and size; the browser knows them once the metadata loads.
  const [loaded, setLoaded] = useState<{ durationSec?: number; width?: number; height?: number }>({});
  const facts = mediaFacts({
    durationSec: asset.durationSec ?? loaded.durationSec,
    width: asset.width ?? loaded.width,
    height: asset.height ?? loaded.height,
  });
  return (
    <figure
      data-testid="video-result"
      data-asset-id={asset.assetId}
      className={cn("flex min-w-0 flex-col gap-2", className)}
    >
      <div className="overflow-hidden rounded-xl bg-black ring-1 ring-zinc-200/70 dark:ring-zinc-800">
        {/* biome-ignore lint/a11y/useMediaCaption: generated video has no caption track */}
        <video
          data-testid="video-player"
          controls
          playsInline
          preload="metadata"
          src={asset.url}
          poster={asset.posterUrl ?? undefined}
          onLoadedMetadata={(e) => {
            const v = e.currentTarget;
            setLoaded({
              durationSec: Number.isFinite(v.duration) ? v.duration : undefined,
              width: v.videoWidth || undefined,
              height: v.videoHeight || undefined,
            });
          }}
          className="aspect-video w-full bg-black object-contain"
        />
      </div>
      <figcaption className="flex flex-col gap-1.5 px-0.5">
        {prompt ? (
          <p className="line-clamp-2 text-[13px] leading-snug text-zinc-700 dark:text-zinc-300">{prompt}</p>
        ) : null}
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1.5">
          {facts.length ? (
            <span className="text-xs tabular-nums text-zinc-500 dark:text-zinc-400">{facts.join(" · ")}</span>
          ) : null}
          <div className="ml-auto flex items-center gap-1">
            {taskHref ? (
              <Link href={taskHref} className={buttonClasses("ghost", "sm", "h-7 px-2 text-xs")}>
                Details
              </Link>
            ) : null}
            <a
              href={asset.downloadUrl}
              download
              aria-label="Download video"
              className={buttonClasses("ghost", "sm", "h-7 px-2 text-zinc-500 dark:text-zinc-400")}
            >
              <Download aria-hidden />
            </a>
            <FollowUpMenu assetId={asset.assetId} kind={asset.kind} operationId={operationId} />
          </div>
        </div>
      </figcaption>
    </figure>
  );
}
