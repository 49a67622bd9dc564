"use client";

import { FileAudio, Film, ImageIcon, Link2 } from "lucide-react";
import { useState } from "react";
import { cn } from "@/components/ui/cn";

const ICONS = { image: ImageIcon, audio: FileAudio, video: Film, link: Link2 } as const;

type MediaThumbProps = {
  /** An image to show (a thumbnail, poster or local preview); the kind's icon otherwise. */
  src?: string | null;
  kind: string;
  className?: string;
};

/** A square preview of one media item: its picture when it has one, else an icon for its kind. */
export function MediaThumb({ src, kind, className }: MediaThumbProps) {
  const [broken, setBroken] = useState(false);
  const Icon = ICONS[kind as keyof typeof ICONS] ?? ICONS.link;
  return (
    <div
      className={cn(
        "relative flex shrink-0 items-center justify-center overflow-hidden rounded-md bg-zinc-100 text-zinc-400 dark:bg-zinc-800 dark:text-zinc-500",
        className,
      )}
    >
      {src && !broken ? (
        // biome-ignore lint/performance/noImgElement: our own asset route (or a local preview) serves it
        <img
          src={src}
          alt=""
          loading="lazy"
          onError={() => setBroken(true)}
          className="size-full object-cover"
        />
      ) : (
        <Icon aria-hidden className="size-2/5" />
      )}
    </div>
  );
}
