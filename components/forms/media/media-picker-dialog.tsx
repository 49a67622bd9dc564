"use client";

import { FolderOpen, Link2, Upload } from "lucide-react";
import { type KeyboardEvent, useId, useState } from "react";
import { createPortal } from "react-dom";
import { cn, focusRing } from "@/components/ui/cn";
import { Dialog } from "@/components/ui/dialog";
import type { GalleryItem } from "@/lib/dal/assets";
import { assetRef } from "@/lib/ops/media";
import type { AssetKind } from "@/lib/ops/types";
import { KIND_NOUN, uploadKindOf } from "./media-values";
import type { PickerFilter } from "./queries";
import { ResultsTab } from "./results-tab";
import { UploadTab } from "./upload-tab";
import { UrlTab } from "./url-tab";

export type PickerTab = "results" | "upload" | "url";

const TABS: { id: PickerTab; label: string; icon: typeof Upload }[] = [
  { id: "results", label: "My results", icon: FolderOpen },
  { id: "upload", label: "Upload", icon: Upload },
  { id: "url", label: "URL", icon: Link2 },
];

type MediaPickerDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  kind: AssetKind;
  /** How many items the field takes in all (1 for a single field: a new choice replaces the old). */
  capacity: number;
  /** Values already in the field. */
  taken: readonly string[];
  /** Receives raw form values: `studio://asset/<id>`, Kie upload URLs or pasted URLs. */
  onAdd: (values: string[]) => void;
};

/** "Add image": choose from my results, upload a file, or paste a link. */
export function MediaPickerDialog({
  open,
  onOpenChange,
  title,
  kind,
  capacity,
  taken,
  onAdd,
}: MediaPickerDialogProps) {
  const [tab, setTab] = useState<PickerTab>("results");
  const baseId = useId();
  const noun = KIND_NOUN[kind];
  const filter: PickerFilter = { kinds: [kind] };
  const room = capacity === 1 ? 1 : Math.max(0, capacity - taken.length);

  function add(values: string[], keepOpen = false) {
    if (values.length) onAdd(values);
    if (!keepOpen) onOpenChange(false);
  }

  function onTabKey(event: KeyboardEvent<HTMLDivElement>) {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (!step) return;
    const at = TABS.findIndex((t) => t.id === tab);
    const next = TABS[(at + step + TABS.length) % TABS.length];
    setTab(next.id);
    document.getElementById(`${baseId}-${next.id}-tab`)?.focus();
  }

  // Mounted only while open (server and first client render agree), and portalled: the dialog
  // must not sit inside the operation's <form>, where Enter would submit it.
  if (!open) return null;
  return createPortal(
    <Dialog open={open} onOpenChange={onOpenChange} title={title} size="lg">
      <div className="flex flex-col gap-4">
        <div
          role="tablist"
          aria-label="Where from"
          onKeyDown={onTabKey}
          className="flex gap-1 border-b border-zinc-200 dark:border-zinc-800"
        >
          {TABS.map((t) => (
            <button
              key={t.id}
              id={`${baseId}-${t.id}-tab`}
              type="button"
              role="tab"
              aria-selected={tab === t.id}
              aria-controls={`${baseId}-panel`}
              tabIndex={tab === t.id ? 0 : -1}
              onClick={() => setTab(t.id)}
              className={cn(
                "-mb-px flex items-center gap-1.5 border-b-2 px-3 py-2 text-sm font-medium",
                tab === t.id
                  ? "border-brand-600 text-zinc-900 dark:border-brand-400 dark:text-zinc-50"
                  : "border-transparent text-zinc-500 hover:text-zinc-800 dark:text-zinc-400 dark:hover:text-zinc-200",
                focusRing,
              )}
            >
              <t.icon aria-hidden className="size-4" />
              {t.label}
            </button>
          ))}
        </div>
        <div id={`${baseId}-panel`} role="tabpanel" aria-labelledby={`${baseId}-${tab}-tab`}>
          {tab === "results" ? (
            <ResultsTab
              filter={filter}
              max={capacity}
              taken={capacity === 1 ? [] : taken}
              emptyText={`No ${noun} results yet. Upload one or paste a link instead.`}
              onChoose={(items: GalleryItem[]) => add(items.map((i) => assetRef(i.assetId)))}
            />
          ) : tab === "upload" ? (
            <UploadTab
              kind={uploadKindOf(kind)}
              room={room}
              onUploaded={(urls, failed) => add(urls, failed)}
            />
          ) : (
            <UrlTab noun={noun} onAdd={(url) => add([url])} />
          )}
        </div>
      </div>
    </Dialog>,
    document.body,
  );
}
