"use client";

import { useState } from "react";
import { cn } from "@/components/ui/cn";
import { FollowUpMenu } from "./follow-up-menu";
import type { GridTile, ImageEntry } from "./image-entry";
import { ImageLightbox } from "./image-lightbox";
import { ImageTile } from "./image-tile";

export type ImageGridProps = {
  tiles: GridTile[];
  /** Grid column classes; defaults to 2 → 3 → 4 columns. */
  columns?: string;
  className?: string;
};

/** Square results in reading order; images open a shared lightbox that pages through all of them. */
export function ImageGrid({
  tiles,
  columns = "grid-cols-2 sm:grid-cols-3 xl:grid-cols-4",
  className,
}: ImageGridProps) {
  // Tracked by asset id so results arriving at the top while it is open do not shift the view.
  const [openId, setOpenId] = useState<string | null>(null);
  const entries: ImageEntry[] = tiles.flatMap((t) => (t.type === "image" ? [t.entry] : []));
  const openIndex = openId ? entries.findIndex((e) => e.asset.assetId === openId) : -1;
  let imageIndex = -1;
  return (
    <>
      <ul className={cn("grid gap-3", columns, className)}>
        {tiles.map((tile) => {
          if (tile.type === "node")
            return (
              <li key={tile.key} {...tile.attrs}>
                {tile.node}
              </li>
            );
          const index = ++imageIndex;
          return (
            <li key={tile.key} {...tile.attrs} className="group/tile relative">
              <ImageTile entry={tile.entry} onOpen={() => setOpenId(entries[index].asset.assetId)} />
              <FollowUpMenu
                variant="overlay"
                assetId={tile.entry.asset.assetId}
                kind={tile.entry.asset.kind}
                operationId={tile.entry.operationId}
                className="absolute top-2 right-2 opacity-0 transition-opacity group-hover/tile:opacity-100 focus-within:opacity-100 has-[[aria-expanded=true]]:opacity-100 [@media(hover:none)]:opacity-100"
              />
            </li>
          );
        })}
      </ul>
      <ImageLightbox
        entries={entries}
        index={openIndex}
        onView={(index) => setOpenId(entries[index]?.asset.assetId ?? null)}
        onClose={() => setOpenId(null)}
      />
    </>
  );
}
