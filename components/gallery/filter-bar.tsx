"use client";

import { Search, Star } from "lucide-react";
import { useEffect, useState } from "react";
import { KindFilter } from "@/components/media/kind-filter";
import { cn, focusRing } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { CollectionView } from "@/lib/dal/collections";
import { collectionLabel } from "./collection-picker";
import { GALLERY_CATEGORIES, type GalleryState } from "./gallery-params";

export type OperationFacet = { id: string; title: string; model: string; category: string };

const CATEGORY_LABELS: Record<string, string> = {
  music: "Music",
  image: "Image",
  video: "Video",
  audio: "Audio",
  chat: "Chat",
};

type FilterBarProps = {
  state: GalleryState;
  onChange: (patch: Partial<GalleryState>) => void;
  operations: OperationFacet[];
  collections: CollectionView[];
};

/** Search, sort and every filter; each change lands in the URL (the parent owns the state). */
export function FilterBar({ state, onChange, operations, collections }: FilterBarProps) {
  const [q, setQ] = useState(state.q ?? "");
  // Typing is debounced: one request per pause, not per keystroke.
  useEffect(() => {
    if ((state.q ?? "") === q.trim()) return;
    const timer = setTimeout(() => onChange({ q: q.trim() || undefined }), 300);
    return () => clearTimeout(timer);
  }, [q, state.q, onChange]);

  const shownOps = operations.filter((op) => !state.category || op.category === state.category);
  return (
    <div className="flex flex-col gap-3" data-testid="gallery-filters">
      <div className="flex flex-wrap items-center gap-2">
        <div className="relative min-w-56 flex-1">
          <Search
            aria-hidden
            className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-zinc-400"
          />
          <Input
            type="search"
            aria-label="Search prompts and titles"
            placeholder="Search prompts and titles"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            className="pl-9"
          />
        </div>
        <Select
          aria-label="Sort"
          value={state.sort ?? "newest"}
          onChange={(e) => onChange({ sort: e.target.value as GalleryState["sort"] })}
          className="w-44"
        >
          <option value="newest">Newest first</option>
          <option value="oldest">Oldest first</option>
          {state.collection ? <option value="position">Collection order</option> : null}
        </Select>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <KindFilter
          value={state.kind ?? "all"}
          onChange={(v) => onChange({ kind: v === "all" ? undefined : v })}
        />
        <button
          type="button"
          aria-pressed={!!state.favorites}
          onClick={() => onChange({ favorites: !state.favorites || undefined })}
          className={cn(
            "inline-flex h-8 items-center gap-1.5 rounded-full px-3.5 text-[13px] font-medium ring-1 ring-inset transition-colors",
            state.favorites
              ? "bg-amber-100 text-amber-900 ring-amber-300 dark:bg-amber-500/15 dark:text-amber-200 dark:ring-amber-500/40"
              : "bg-white text-zinc-600 ring-zinc-200 hover:bg-zinc-50 dark:bg-zinc-900 dark:text-zinc-300 dark:ring-zinc-800",
            focusRing,
          )}
        >
          <Star aria-hidden className={cn("size-3.5", state.favorites && "fill-current")} />
          Favourites
        </button>
      </div>
      <div className="flex flex-wrap items-end gap-2">
        <Select
          aria-label="Category"
          value={state.category ?? ""}
          onChange={(e) => onChange({ category: e.target.value || undefined, operation: undefined })}
          className="w-36"
        >
          <option value="">All categories</option>
          {GALLERY_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {CATEGORY_LABELS[c]}
            </option>
          ))}
        </Select>
        <Select
          aria-label="Model"
          value={state.operation ?? ""}
          onChange={(e) => onChange({ operation: e.target.value || undefined })}
          className="w-60"
        >
          <option value="">All models</option>
          {shownOps.map((op) => (
            <option key={op.id} value={op.id}>
              {op.model ? `${op.model} · ${op.title}` : op.title}
            </option>
          ))}
        </Select>
        <Select
          aria-label="Collection"
          value={state.collection ?? ""}
          onChange={(e) =>
            onChange({
              collection: e.target.value || undefined,
              sort: e.target.value ? "position" : state.sort === "position" ? undefined : state.sort,
            })
          }
          className="w-48"
        >
          <option value="">All results</option>
          {collections.map((c) => (
            <option key={c.id} value={c.id}>
              {collectionLabel(c)} ({c.itemCount})
            </option>
          ))}
        </Select>
        {/* One unit, so the range never breaks across lines. */}
        <fieldset className="flex items-center gap-1.5 text-xs text-zinc-500 dark:text-zinc-400">
          <legend className="sr-only">Made between</legend>
          <Input
            type="date"
            aria-label="From date"
            value={state.from ?? ""}
            max={state.to}
            onChange={(e) => onChange({ from: e.target.value || undefined })}
            className="w-36"
          />
          <span aria-hidden>–</span>
          <Input
            type="date"
            aria-label="To date"
            value={state.to ?? ""}
            min={state.from}
            onChange={(e) => onChange({ to: e.target.value || undefined })}
            className="w-36"
          />
        </fieldset>
      </div>
    </div>
  );
}
