"use client";

import { Check, FileText, Music2, Play, Star } from "lucide-react";
import { gradientFor } from "@/components/media/cover-art";
import { formatClock } from "@/components/tasks/format";
import { cn, focusRing } from "@/components/ui/cn";
import type { GalleryItem } from "@/lib/dal/assets";

export const TILE_CAPTION_PX = 56;

/** What a result looks like in the grid, without loading the file itself (thumbnails only). */
function Preview({ item }: { item: GalleryItem }) {
  const still = item.kind === "image" ? (item.thumbUrl ?? item.url) : item.posterUrl;
  if (still)
    return (
      // biome-ignore lint/performance/noImgElement: our own authenticated URLs, not optimizable by next/image
      <img src={still} alt="" loading="lazy" decoding="async" className="size-full object-cover" />
    );
  const Icon = item.kind === "audio" ? Music2 : item.kind === "video" ? Play : FileText;
  return (
    <span
      className="flex size-full items-center justify-center"
      style={{ background: gradientFor(item.assetId) }}
    >
      <Icon aria-hidden className="size-8 text-white/90" />
    </span>
  );
}

export function itemLabel(item: GalleryItem): string {
  return item.title?.trim() || item.prompt?.trim().slice(0, 80) || item.operationTitle;
}

type GalleryTileProps = {
  item: GalleryItem;
  selected: boolean;
  selecting: boolean;
  onOpen: () => void;
  onToggleSelect: (shiftKey: boolean) => void;
  onToggleFavorite: () => void;
};

/** One cell: a preview that opens the details, a selection checkbox and a favourite star. */
export function GalleryTile({
  item,
  selected,
  selecting,
  onOpen,
  onToggleSelect,
  onToggleFavorite,
}: GalleryTileProps) {
  const label = itemLabel(item);
  return (
    <div
      data-testid="gallery-item"
      data-kind={item.kind}
      data-asset-id={item.assetId}
      data-selected={selected || undefined}
      className="group/tile relative flex h-full flex-col gap-1.5"
    >
      <button
        type="button"
        onClick={(e) => (selecting ? onToggleSelect(e.shiftKey) : onOpen())}
        aria-label={selecting ? `Select ${label}` : `Open ${label}`}
        className={cn(
          "relative aspect-square w-full overflow-hidden rounded-xl bg-zinc-100 ring-1 ring-zinc-200/70 dark:bg-zinc-900 dark:ring-zinc-800",
          selected && "ring-2 ring-brand-500 dark:ring-brand-400",
          focusRing,
        )}
      >
        <Preview item={item} />
        {item.durationSec ? (
          <span className="absolute right-2 bottom-2 rounded bg-black/60 px-1.5 py-0.5 text-[11px] tabular-nums text-white">
            {formatClock(item.durationSec)}
          </span>
        ) : null}
      </button>
      <button
        type="button"
        role="checkbox"
        aria-checked={selected}
        aria-label={`Select ${label}`}
        onClick={(e) => onToggleSelect(e.shiftKey)}
        className={cn(
          // No backdrop blur: on touch screens every tile shows these, and blurring behind 100+
          // buttons repaints on each scroll frame.
          "absolute top-2 left-2 flex size-6 items-center justify-center rounded-md border border-white/80 bg-black/50 text-white transition-opacity",
          selected
            ? "border-brand-500 bg-brand-600 opacity-100"
            : "opacity-0 group-hover/tile:opacity-100 focus-visible:opacity-100",
          selecting && "opacity-100",
          "[@media(hover:none)]:opacity-100",
          focusRing,
        )}
      >
        {selected ? <Check aria-hidden className="size-4" /> : null}
      </button>
      <button
        type="button"
        aria-pressed={item.favorite}
        aria-label={item.favorite ? "Remove from favourites" : "Add to favourites"}
        onClick={onToggleFavorite}
        className={cn(
          "absolute top-2 right-2 flex size-7 items-center justify-center rounded-md bg-black/50 text-white transition-opacity",
          item.favorite ? "opacity-100" : "opacity-0 group-hover/tile:opacity-100 focus-visible:opacity-100",
          "[@media(hover:none)]:opacity-100",
          focusRing,
        )}
      >
        <Star aria-hidden className={cn("size-4", item.favorite && "fill-amber-400 text-amber-400")} />
      </button>
      <div className="flex min-w-0 flex-col px-0.5" style={{ height: TILE_CAPTION_PX - 6 }}>
        <p className="truncate text-[13px] font-medium text-zinc-900 dark:text-zinc-100" title={label}>
          {label}
        </p>
        <p className="truncate text-xs text-zinc-500 dark:text-zinc-400">
          {item.model || item.operationTitle} · {new Date(item.createdAt).toLocaleDateString("en-GB")}
        </p>
      </div>
    </div>
  );
}
