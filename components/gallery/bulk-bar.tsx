"use client";

import { Download, FolderPlus, Trash2, X } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import type { CollectionView } from "@/lib/dal/collections";
import { CollectionPicker } from "./collection-picker";
import { ConfirmDelete } from "./confirm-delete";
import type { GalleryMutations } from "./use-gallery-mutations";

/**
 * Downloads the chosen results as one ZIP. A plain form POST (not fetch) so the browser streams the
 * archive straight to disk as the server writes it, instead of holding it in memory first.
 */
function downloadZip(ids: readonly string[]) {
  const form = document.createElement("form");
  form.method = "POST";
  form.action = "/api/v1/assets/zip";
  form.hidden = true;
  const field = document.createElement("input");
  field.name = "ids";
  field.value = ids.join(",");
  form.append(field);
  document.body.append(form);
  form.submit();
  form.remove();
}

type BulkBarProps = {
  selected: readonly string[];
  onClear: () => void;
  collections: CollectionView[];
  mutations: GalleryMutations;
  /** When the gallery shows one collection, the chosen results can be taken out of it. */
  collectionId?: string;
};

/** Actions on every selected result: add to a collection, download as ZIP, delete. */
export function BulkBar({ selected, onClear, collections, mutations, collectionId }: BulkBarProps) {
  const [picking, setPicking] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  if (selected.length === 0) return null;

  async function remove() {
    setBusy(true);
    try {
      await mutations.deleteAssets([...selected]);
      setConfirming(false);
      onClear();
    } catch (err) {
      toast.error(err instanceof Error ? err.message : "Could not delete");
    } finally {
      setBusy(false);
    }
  }

  return (
    <div
      role="toolbar"
      aria-label="Selected results"
      data-testid="gallery-bulk-bar"
      className="sticky top-2 z-20 flex flex-wrap items-center gap-2 rounded-xl border border-zinc-200 bg-white/95 px-3 py-2 shadow-md backdrop-blur dark:border-zinc-800 dark:bg-zinc-900/95"
    >
      <span className="mr-1 text-sm font-medium" aria-live="polite">
        {selected.length} selected
      </span>
      <Button variant="secondary" size="sm" onClick={() => setPicking(true)}>
        <FolderPlus aria-hidden />
        Add to collection
      </Button>
      {collectionId ? (
        <Button
          variant="secondary"
          size="sm"
          onClick={() => mutations.removeFromCollection(collectionId, [...selected]).then(onClear)}
        >
          Remove from collection
        </Button>
      ) : null}
      <Button variant="secondary" size="sm" onClick={() => downloadZip(selected)} data-testid="gallery-zip">
        <Download aria-hidden />
        Download ZIP
      </Button>
      <Button variant="danger" size="sm" onClick={() => setConfirming(true)}>
        <Trash2 aria-hidden />
        Delete
      </Button>
      <Button variant="ghost" size="sm" onClick={onClear} className="ml-auto">
        <X aria-hidden />
        Clear
      </Button>
      <CollectionPicker
        open={picking}
        onOpenChange={setPicking}
        collections={collections}
        count={selected.length}
        onCreate={mutations.createCollection}
        onChoose={async (id) => {
          await mutations.addToCollection(id, [...selected]);
          setPicking(false);
        }}
      />
      <ConfirmDelete
        open={confirming}
        count={selected.length}
        busy={busy}
        onOpenChange={setConfirming}
        onConfirm={remove}
      />
    </div>
  );
}
