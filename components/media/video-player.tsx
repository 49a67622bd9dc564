"use client";

import { Download } from "lucide-react";
import Link from "next/link";
import { type KeyboardEvent, useRef, useState } from "react";
import { mediaKeyAction } from "@/components/player/keys";
import { pauseOtherMedia } from "@/components/player/media-focus";
import { resumeAt, useVideoVersions } from "@/components/player/video-versions";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Segmented } from "@/components/ui/segmented";
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

type Loaded = { durationSec?: number; width?: number; height?: number };

/**
 * A playable clip with its poster, length and size, keyboard control (Space/K, J/L, arrows, M, F),
 * a switch between the resolutions that exist (keeping the moment), download and "Use as source".
 */
export function VideoPlayer({ asset, operationId, prompt, taskHref, className }: VideoPlayerProps) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const versions = useVideoVersions(asset).data ?? [];
  const [chosenId, setChosenId] = useState(asset.assetId);
  const shown = versions.find((v) => v.asset.assetId === chosenId)?.asset ?? asset;
  // Our copy may not record length and size; the browser knows them once the metadata loads.
  const [loaded, setLoaded] = useState<Record<string, Loaded>>({});
  const resume = useRef<{ at: number; play: boolean } | null>(null);
  const known = loaded[shown.assetId] ?? {};
  const facts = mediaFacts({
    durationSec: shown.durationSec ?? known.durationSec,
    width: shown.width ?? known.width,
    height: shown.height ?? known.height,
  });

  function switchTo(assetId: string) {
    const video = videoRef.current;
    if (video) resume.current = { at: video.currentTime, play: !video.paused };
    setChosenId(assetId);
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const video = videoRef.current;
    if (!video || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === "f" || e.key === "F") {
      e.preventDefault();
      if (document.fullscreenElement) void document.exitFullscreen();
      else void video.requestFullscreen?.();
      return;
    }
    const action = mediaKeyAction(e.key);
    if (!action) return;
    e.preventDefault();
    if (action.type === "toggle") void (video.paused ? video.play() : video.pause());
    else if (action.type === "seek-by")
      video.currentTime = Math.min(Math.max(0, video.currentTime + action.seconds), video.duration || 0);
    else if (action.type === "volume-by")
      video.volume = Math.min(1, Math.max(0, video.volume + action.delta));
    else video.muted = !video.muted;
  }

  return (
    <figure
      data-testid="video-result"
      data-asset-id={asset.assetId}
      className={cn("flex min-w-0 flex-col gap-2", className)}
    >
      <div
        role="group"
        data-own-keys
        // biome-ignore lint/a11y/noNoninteractiveTabindex: focusable so the keyboard shortcuts reach the clip
        tabIndex={0}
        aria-label="Video player: Space or K play/pause, J/L ±10 s, arrows seek and volume, M mute, F fullscreen"
        onKeyDown={onKeyDown}
        className="overflow-hidden rounded-xl bg-black ring-1 ring-zinc-200/70 outline-hidden focus-visible:ring-2 focus-visible:ring-brand-500/70 dark:ring-zinc-800"
      >
        {/* biome-ignore lint/a11y/useMediaCaption: generated video has no caption track */}
        <video
          ref={videoRef}
          data-testid="video-player"
          data-version={shown.assetId}
          controls
          playsInline
          preload="metadata"
          src={shown.url}
          poster={shown.posterUrl ?? asset.posterUrl ?? undefined}
          onPlay={(e) => pauseOtherMedia([e.currentTarget])}
          onLoadedMetadata={(e) => {
            const v = e.currentTarget;
            setLoaded((prev) => ({
              ...prev,
              [shown.assetId]: {
                durationSec: Number.isFinite(v.duration) ? v.duration : undefined,
                width: v.videoWidth || undefined,
                height: v.videoHeight || undefined,
              },
            }));
            const pending = resume.current;
            resume.current = null;
            if (pending) {
              v.currentTime = resumeAt(pending.at, v.duration);
              if (pending.play) void v.play().catch(() => {});
            }
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
            <span data-testid="video-facts" className="text-xs tabular-nums text-zinc-500 dark:text-zinc-400">
              {facts.join(" · ")}
            </span>
          ) : null}
          {versions.length > 1 ? (
            <Segmented
              aria-label="Resolution"
              size="sm"
              value={shown.assetId}
              onValueChange={switchTo}
              options={versions.map((v) => ({ value: v.asset.assetId, label: v.label }))}
            />
          ) : null}
          <div className="ml-auto flex items-center gap-1">
            {taskHref ? (
              <Link href={taskHref} className={buttonClasses("ghost", "sm", "h-7 px-2 text-xs")}>
                Details
              </Link>
            ) : null}
            <a
              href={shown.downloadUrl}
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
