"use client";

import { useEffect, useRef, useState } from "react";
import { cn, focusRing } from "@/components/ui/cn";
import type { ImageEntry } from "./image-entry";

/** A square thumbnail that opens the lightbox; the prompt shows on hover and keyboard focus. */
export function ImageTile({ entry, onOpen }: { entry: ImageEntry; onOpen: () => void }) {
  const [loaded, setLoaded] = useState(false);
  const imgRef = useRef<HTMLImageElement>(null);
  // A server-rendered image can finish loading before hydration, when onLoad is not yet wired.
  useEffect(() => {
    if (imgRef.current?.complete) setLoaded(true);
  }, []);
  const { asset, prompt } = entry;
  return (
    <button
      type="button"
      data-testid="image-result"
      data-asset-id={asset.assetId}
      onClick={onOpen}
      aria-label={prompt ? `Open image: ${prompt.slice(0, 120)}` : "Open image"}
      className={cn(
        "group relative block aspect-square w-full overflow-hidden rounded-xl bg-zinc-100 ring-1 ring-zinc-200/70 dark:bg-zinc-900 dark:ring-zinc-800",
        !loaded && "animate-pulse",
        focusRing,
      )}
    >
      {/* biome-ignore lint/performance/noImgElement: thumbnails come from our own asset route */}
      <img
        ref={imgRef}
        src={asset.thumbUrl ?? asset.url}
        alt={prompt ?? ""}
        loading="lazy"
        decoding="async"
        onLoad={() => setLoaded(true)}
        className={cn(
          "size-full object-cover transition duration-300 group-hover:scale-[1.03]",
          loaded ? "opacity-100" : "opacity-0",
        )}
      />
      {prompt ? (
        <span className="pointer-events-none absolute inset-x-0 bottom-0 bg-gradient-to-t from-black/75 via-black/30 to-transparent px-2.5 pt-8 pb-2 text-left opacity-0 transition-opacity group-hover:opacity-100 group-focus-visible:opacity-100">
          <span className="line-clamp-2 text-xs leading-snug text-white">{prompt}</span>
        </span>
      ) : null}
    </button>
  );
}
