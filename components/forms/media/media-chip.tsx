"use client";

import { useQuery } from "@tanstack/react-query";
import { AlertTriangle, X } from "lucide-react";
import { formatClock } from "@/components/tasks/format";
import { cn, focusRing } from "@/components/ui/cn";
import type { AssetView } from "@/lib/dal/assets";
import type { AssetKind } from "@/lib/ops/types";
import { formatBytes } from "@/lib/uploads/limits";
import { MediaThumb } from "./media-thumb";
import { describeMediaValue, KIND_NOUN, type MediaItem } from "./media-values";
import { sourceQueryOptions } from "./queries";

type MediaChipProps = {
  value: string;
  /** The kind the field takes (what an unknown URL is assumed to be). */
  kind: AssetKind;
  onRemove: () => void;
  error?: string;
  disabled?: boolean;
};

type Shown = { thumb?: string | null; thumbKind: string; title: string; detail: string; problem?: string };

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The picture for an asset: a thumbnail, else a video poster, else the image itself. */
export function assetPicture(asset: AssetView): string | null {
  return asset.thumbUrl ?? asset.posterUrl ?? (asset.kind === "image" ? asset.url : null);
}

/** "Audio · 2:31" */
export function assetDetail(asset: Pick<AssetView, "kind" | "durationSec">): string {
  const parts = [capitalize(asset.kind)];
  if (asset.durationSec) parts.push(formatClock(asset.durationSec));
  return parts.join(" · ");
}

function useShown(item: MediaItem, kind: AssetKind): Shown {
  const source = useQuery({
    ...sourceQueryOptions(item.type === "asset" ? item.assetId : ""),
    enabled: item.type === "asset",
  });
  switch (item.type) {
    case "asset": {
      const asset = source.data?.asset;
      if (asset)
        return {
          thumb: assetPicture(asset),
          thumbKind: asset.kind,
          title: asset.title || `Your ${KIND_NOUN[asset.kind as AssetKind] ?? "result"}`,
          detail: assetDetail(asset),
        };
      return {
        thumbKind: kind,
        title: source.isError ? "Result not available" : "Loading result…",
        detail: "From your results",
        problem: source.isError
          ? "This result was deleted or is not yours; remove it and choose another"
          : undefined,
      };
    }
    case "upload":
      return {
        thumb: item.note.previewUrl,
        thumbKind: item.note.kind,
        title: item.note.fileName,
        detail: `Uploaded · ${formatBytes(item.note.bytes)}`,
      };
    case "url":
      return { thumbKind: "link", title: item.host, detail: item.value };
  }
}

/** One chosen media input: its preview, what it is, and a remove button. */
export function MediaChip({ value, kind, onRemove, error, disabled }: MediaChipProps) {
  const item = describeMediaValue(value);
  const shown = useShown(item, kind);
  const problem = error ?? shown.problem;
  return (
    <li
      data-testid="media-item"
      data-source={item.type}
      className={cn(
        "flex min-w-0 items-center gap-3 rounded-lg border bg-white p-2 pr-1.5 dark:bg-zinc-900",
        problem ? "border-red-300 dark:border-red-900" : "border-zinc-200 dark:border-zinc-800",
      )}
    >
      <MediaThumb src={shown.thumb} kind={shown.thumbKind} className="size-12" />
      <div className="flex min-w-0 flex-1 flex-col">
        <span className="truncate text-sm font-medium text-zinc-800 dark:text-zinc-100" title={shown.title}>
          {shown.title}
        </span>
        <span className="truncate text-xs text-zinc-500 dark:text-zinc-400" title={shown.detail}>
          {shown.detail}
        </span>
        {problem ? (
          <span className="flex items-center gap-1 text-xs text-red-600 dark:text-red-400">
            <AlertTriangle aria-hidden className="size-3 shrink-0" />
            {problem}
          </span>
        ) : null}
      </div>
      <button
        type="button"
        onClick={onRemove}
        disabled={disabled}
        aria-label={`Remove ${shown.title}`}
        className={cn(
          "rounded-md p-1.5 text-zinc-400 hover:bg-zinc-100 hover:text-zinc-700 disabled:opacity-50 dark:hover:bg-zinc-800 dark:hover:text-zinc-200",
          focusRing,
        )}
      >
        <X aria-hidden className="size-4" />
      </button>
    </li>
  );
}
