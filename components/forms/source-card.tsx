"use client";

import { useQueryClient } from "@tanstack/react-query";
import { Repeat } from "lucide-react";
import { useState } from "react";
import { createPortal } from "react-dom";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { SourceView } from "@/lib/dal/assets";
import type { AnyOperation, AssetKind } from "@/lib/ops/types";
import { assetDetail, assetPicture } from "./media/media-chip";
import { MediaThumb } from "./media/media-thumb";
import { KIND_NOUN } from "./media/media-values";
import { sourceQueryOptions } from "./media/queries";
import { ResultsTab } from "./media/results-tab";
import { sourceFilter } from "./source-fields";

type SourceCardProps = {
  operation: AnyOperation;
  source: SourceView | undefined;
  onChange: (source: SourceView) => void;
  /** Messages of the fields the card stands for (e.g. "Choose a track"). */
  errors: string[];
  disabled?: boolean;
};

function nounFor(kinds: AssetKind[]): string {
  return kinds.length === 1 ? KIND_NOUN[kinds[0]] : "result";
}

/** The earlier result this form starts from, with a way to choose or change it. */
export function SourceCard({ operation, source, onChange, errors, disabled }: SourceCardProps) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [loading, setLoading] = useState(false);
  const filter = sourceFilter(operation);
  const noun = nounFor(filter.kinds);

  async function choose(assetId: string) {
    setOpen(false);
    setLoading(true);
    try {
      onChange(await queryClient.fetchQuery(sourceQueryOptions(assetId)));
    } catch {
      toast.error("That result cannot be used", { description: "It may have been deleted. Choose another." });
    } finally {
      setLoading(false);
    }
  }

  const asset = source?.asset;
  return (
    <section
      aria-label="Source"
      data-testid="source-card"
      className="flex flex-col gap-2 rounded-lg border border-zinc-200/80 bg-zinc-50/60 p-3 dark:border-zinc-800 dark:bg-zinc-900/40"
    >
      <h3 className="text-xs font-semibold tracking-wider text-zinc-500 uppercase dark:text-zinc-400">
        Source
      </h3>
      {asset ? (
        <div className="flex items-center gap-3">
          <MediaThumb src={assetPicture(asset)} kind={asset.kind} className="size-14" />
          <div className="flex min-w-0 flex-1 flex-col">
            <span
              className="truncate text-sm font-medium text-zinc-900 dark:text-zinc-50"
              data-testid="source-title"
            >
              {asset.title || `Your ${KIND_NOUN[asset.kind as AssetKind] ?? "result"}`}
            </span>
            <span className="text-xs text-zinc-500 dark:text-zinc-400">{assetDetail(asset)}</span>
          </div>
          <Button
            variant="secondary"
            size="sm"
            loading={loading}
            disabled={disabled}
            onClick={() => setOpen(true)}
          >
            {loading ? null : <Repeat aria-hidden />}
            Change
          </Button>
        </div>
      ) : (
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm text-zinc-600 dark:text-zinc-300">
            {operation.source?.action ?? operation.title} starts from one of your {noun}s.
          </p>
          <Button size="sm" loading={loading} disabled={disabled} onClick={() => setOpen(true)}>
            Choose a result
          </Button>
        </div>
      )}
      {errors.map((message) => (
        <p key={message} className="text-[13px] text-red-600 dark:text-red-400">
          {message}
        </p>
      ))}
      {/* Mounted only while open, so server and first client render agree; portalled out of the form. */}
      {open
        ? createPortal(
            <Dialog
              open={open}
              onOpenChange={setOpen}
              title={`Choose a ${noun}`}
              description={`${operation.title} starts from it.`}
              size="lg"
            >
              <ResultsTab
                filter={filter}
                max={1}
                emptyText={`None of your ${noun}s can be used here yet. Make one first.`}
                onChoose={([item]) => choose(item.assetId)}
              />
            </Dialog>,
            document.body,
          )
        : null}
    </section>
  );
}
