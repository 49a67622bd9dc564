"use client";

import { Download, Pencil, Trash2 } from "lucide-react";
import { type FormEvent, useState } from "react";
import { toast } from "sonner";
import { ShareButton } from "@/components/share/share-button";
import { Button, buttonClasses } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import type { CollectionView } from "@/lib/dal/collections";
import { collectionLabel } from "./collection-picker";
import type { GalleryMutations } from "./use-gallery-mutations";

/** The open collection: its name and count, rename, delete, download as ZIP, share. */
export function CollectionHeader({
  collection,
  mutations,
  onDeleted,
}: {
  collection: CollectionView;
  mutations: GalleryMutations;
  onDeleted: () => void;
}) {
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(collection.name);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function rename(event: FormEvent) {
    event.preventDefault();
    try {
      await mutations.renameCollection(collection.id, name);
      setRenaming(false);
      setError(null);
    } catch (err) {
      setError(err instanceof Error ? err.message : "Could not rename");
    }
  }

  return (
    <div
      data-testid="collection-header"
      className="flex flex-wrap items-center gap-2 rounded-xl border border-zinc-200 bg-zinc-50 px-4 py-3 dark:border-zinc-800 dark:bg-zinc-900/60"
    >
      <div className="mr-auto flex min-w-0 flex-col">
        <h2 className="truncate text-base font-semibold">{collectionLabel(collection)}</h2>
        <p className="text-xs text-zinc-500">
          {collection.itemCount === 1 ? "1 result" : `${collection.itemCount} results`}
          {collection.owned
            ? " · in collection order, move results with their arrows"
            : " in this team collection · shown here: yours in it; add more or take them out"}
        </p>
      </div>
      {collection.owned ? (
        <Button variant="secondary" size="sm" onClick={() => setRenaming(true)}>
          <Pencil aria-hidden />
          Rename
        </Button>
      ) : null}
      {collection.owned && collection.itemCount ? (
        <a
          href={`/api/v1/assets/zip?collection=${collection.id}`}
          download
          className={buttonClasses("secondary", "sm")}
          data-testid="collection-zip"
        >
          <Download aria-hidden />
          Download ZIP
        </a>
      ) : null}
      {collection.owned ? (
        <>
          <ShareButton item={{ collectionId: collection.id }} />
          <Button
            variant="ghost"
            size="sm"
            onClick={() => setConfirming(true)}
            className="text-red-600 dark:text-red-400"
          >
            <Trash2 aria-hidden />
            Delete collection
          </Button>
        </>
      ) : null}
      <Dialog open={renaming} onOpenChange={setRenaming} size="sm" title="Rename collection">
        <form onSubmit={rename} className="flex flex-col gap-3">
          <Input
            aria-label="Collection name"
            value={name}
            maxLength={80}
            onChange={(e) => setName(e.target.value)}
          />
          {error ? (
            <p role="alert" className="text-sm text-red-600">
              {error}
            </p>
          ) : null}
          <Button type="submit" disabled={!name.trim()}>
            Save
          </Button>
        </form>
      </Dialog>
      <Dialog
        open={confirming}
        onOpenChange={setConfirming}
        size="sm"
        title={`Delete "${collection.name}"?`}
        description="The collection goes; its results stay in your gallery."
        footer={
          <>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
            <Button
              variant="danger"
              onClick={() =>
                mutations
                  .deleteCollection(collection.id)
                  .then(() => {
                    setConfirming(false);
                    onDeleted();
                  })
                  .catch((err: unknown) =>
                    toast.error(err instanceof Error ? err.message : "Could not delete"),
                  )
              }
            >
              Delete collection
            </Button>
          </>
        }
      />
    </div>
  );
}
