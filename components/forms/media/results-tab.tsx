"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { Check } from "lucide-react";
import { type KeyboardEvent, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { cn, focusRing } from "@/components/ui/cn";
import { Spinner } from "@/components/ui/spinner";
import type { GalleryItem } from "@/lib/dal/assets";
import { assetRef } from "@/lib/ops/media";
import { assetDetail, assetPicture } from "./media-chip";
import { MediaThumb } from "./media-thumb";
import { type PickerFilter, pickerAssetsQueryOptions } from "./queries";

type ResultsTabProps = {
  filter: PickerFilter;
  /** How many may be chosen at once; 1 chooses on click. */
  max: number;
  /** Already in the field: shown as chosen and not offered again. */
  taken?: readonly string[];
  onChoose: (items: GalleryItem[]) => void;
  /** "No audio results yet…" */
  emptyText: string;
};

/** Moves focus between grid items with the arrow keys (the grid's column count read from its layout). */
function onGridKeyDown(event: KeyboardEvent<HTMLDivElement>) {
  const items = [...event.currentTarget.querySelectorAll<HTMLButtonElement>("[data-picker-item]")];
  const at = items.indexOf(document.activeElement as HTMLButtonElement);
  if (at < 0) return;
  const columns = getComputedStyle(event.currentTarget).gridTemplateColumns.split(" ").length || 1;
  const step = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: columns, ArrowUp: -columns }[event.key];
  const next = step === undefined ? undefined : items[at + step];
  if (!next) return;
  event.preventDefault();
  next.focus();
}

/** My mirrored results of the field's kind, newest first, chosen by click, Enter or Space. */
export function ResultsTab({ filter, max, taken = [], onChoose, emptyText }: ResultsTabProps) {
  const query = useInfiniteQuery(pickerAssetsQueryOptions(filter));
  const [selected, setSelected] = useState<GalleryItem[]>([]);
  const gridRef = useRef<HTMLDivElement>(null);
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  const room = Math.max(0, max - taken.length);

  function toggle(item: GalleryItem) {
    if (max === 1) return onChoose([item]);
    setSelected((current) =>
      current.some((s) => s.assetId === item.assetId)
        ? current.filter((s) => s.assetId !== item.assetId)
        : current.length < room
          ? [...current, item]
          : current,
    );
  }

  if (query.isPending)
    return (
      <div className="flex justify-center py-10">
        <Spinner label="Loading your results" />
      </div>
    );
  if (query.isError)
    return (
      <p className="py-6 text-center text-red-600 dark:text-red-400">Your results could not be loaded.</p>
    );
  if (items.length === 0)
    return <p className="py-8 text-center text-zinc-500 dark:text-zinc-400">{emptyText}</p>;

  return (
    <div className="flex flex-col gap-3">
      {max > 1 ? (
        <p className="text-xs text-zinc-500 dark:text-zinc-400" aria-live="polite">
          {room === 0
            ? "This field is full: remove an item to choose another."
            : `${selected.length} of up to ${room} selected`}
        </p>
      ) : null}
      <div
        ref={gridRef}
        role="group"
        aria-label="Your results"
        onKeyDown={onGridKeyDown}
        className="grid grid-cols-3 gap-2 sm:grid-cols-4"
      >
        {items.map((item) => {
          const already = taken.includes(assetRef(item.assetId));
          const chosen = already || selected.some((s) => s.assetId === item.assetId);
          const label = item.title || item.prompt || assetDetail(item);
          return (
            <button
              key={item.assetId}
              type="button"
              data-picker-item
              data-testid="picker-result"
              aria-pressed={max > 1 ? chosen : undefined}
              disabled={already || (max > 1 && !chosen && selected.length >= room)}
              onClick={() => toggle(item)}
              title={label}
              className={cn(
                "group relative flex flex-col gap-1 rounded-lg p-1 text-left disabled:opacity-50",
                chosen
                  ? "bg-brand-50 ring-2 ring-brand-500 dark:bg-brand-500/10"
                  : "hover:bg-zinc-100 dark:hover:bg-zinc-800",
                focusRing,
              )}
            >
              <MediaThumb src={assetPicture(item)} kind={item.kind} className="aspect-square w-full" />
              <span className="truncate px-0.5 text-xs text-zinc-700 dark:text-zinc-300">{label}</span>
              <span className="truncate px-0.5 text-[11px] text-zinc-400">{assetDetail(item)}</span>
              {chosen ? (
                <span className="absolute top-2 right-2 rounded-full bg-brand-600 p-0.5 text-white">
                  <Check aria-hidden className="size-3" />
                </span>
              ) : null}
            </button>
          );
        })}
      </div>
      <div className="flex items-center justify-between gap-2">
        {query.hasNextPage ? (
          <Button
            variant="ghost"
            size="sm"
            loading={query.isFetchingNextPage}
            onClick={() => query.fetchNextPage()}
          >
            Load more
          </Button>
        ) : (
          <span />
        )}
        {max > 1 ? (
          <Button size="sm" disabled={selected.length === 0} onClick={() => onChoose(selected)}>
            {selected.length > 1 ? `Add ${selected.length} results` : "Add result"}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
