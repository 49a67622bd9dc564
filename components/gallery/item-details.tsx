"use client";

import { useQuery } from "@tanstack/react-query";
import { Download, ExternalLink, FolderPlus, SlidersHorizontal, Star, Trash2 } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { CopyButton } from "@/components/media/copy-button";
import { FollowUpMenu } from "@/components/media/follow-up-menu";
import { TrackPlayer } from "@/components/media/track-player";
import { pauseOtherMedia } from "@/components/player/media-focus";
import { ShareButton } from "@/components/share/share-button";
import { Button, buttonClasses } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { GalleryItem } from "@/lib/dal/assets";
import type { CollectionView } from "@/lib/dal/collections";
import { CollectionPicker } from "./collection-picker";
import { ConfirmDelete } from "./confirm-delete";
import { itemLabel } from "./gallery-tile";
import { ItemFacts } from "./item-facts";
import { assetDetailsOptions } from "./queries";
import type { GalleryMutations } from "./use-gallery-mutations";

/** The file itself, playable: the full image, a video with its poster, or the song in the global player. */
function Media({ item }: { item: GalleryItem }) {
  const frame = "max-h-[50vh] w-full rounded-lg bg-zinc-950 object-contain";
  if (item.kind === "image") {
    // biome-ignore lint/performance/noImgElement: our own authenticated asset URL
    return <img src={item.url} alt={itemLabel(item)} className={frame} />;
  }
  if (item.kind === "video") {
    return (
      // biome-ignore lint/a11y/useMediaCaption: generated video has no caption track
      <video
        src={item.url}
        poster={item.posterUrl ?? undefined}
        controls
        preload="metadata"
        onPlay={(e) => pauseOtherMedia([e.currentTarget])}
        className={frame}
      />
    );
  }
  // Songs play in the studio's one global player, so they carry on when the dialog closes.
  if (item.kind === "audio") return <TrackPlayer asset={item} />;
  return null;
}

/** "Use these settings": the operation's page with its form filled from this task's input. */
export function settingsHref(item: Pick<GalleryItem, "category" | "operationId" | "taskId">): string {
  return `/${item.category}?${new URLSearchParams({ op: item.operationId, settings: item.taskId })}`;
}

type ItemDetailsProps = {
  item: GalleryItem | null;
  onClose: () => void;
  collections: CollectionView[];
  mutations: GalleryMutations;
};

/** Everything about one result and everything one can do with it. */
export function ItemDetails({ item, onClose, collections, mutations }: ItemDetailsProps) {
  const details = useQuery({ ...assetDetailsOptions(item?.assetId ?? ""), enabled: !!item });
  const [picking, setPicking] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  if (!item) return null;

  async function remove() {
    if (!item) return;
    setDeleting(true);
    try {
      await mutations.deleteAssets([item.assetId]);
      setConfirming(false);
      onClose();
    } finally {
      setDeleting(false);
    }
  }

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} size="lg" title={itemLabel(item)}>
      <div className="flex flex-col gap-4" data-testid="gallery-details" data-asset-id={item.assetId}>
        <Media item={item} />
        {item.prompt ? (
          <div className="flex items-start gap-2 rounded-lg bg-zinc-50 p-3 text-sm dark:bg-zinc-800/50">
            <p className="min-w-0 flex-1 whitespace-pre-line" data-testid="gallery-details-prompt">
              {item.prompt}
            </p>
            <CopyButton text={item.prompt} label="Copy prompt" tone="light" />
          </div>
        ) : null}
        <div className="flex flex-wrap items-center gap-2">
          <a href={item.url} target="_blank" rel="noopener" className={buttonClasses("secondary", "sm")}>
            <ExternalLink aria-hidden />
            Open
          </a>
          <a href={item.downloadUrl} download className={buttonClasses("secondary", "sm")}>
            <Download aria-hidden />
            Download
          </a>
          <Link href={settingsHref(item)} className={buttonClasses("secondary", "sm")}>
            <SlidersHorizontal aria-hidden />
            Use these settings
          </Link>
          <FollowUpMenu assetId={item.assetId} kind={item.kind} operationId={item.operationId} />
          <Button
            variant="secondary"
            size="sm"
            aria-pressed={item.favorite}
            onClick={() => mutations.setFavorite(item.assetId, !item.favorite)}
          >
            <Star aria-hidden className={item.favorite ? "fill-amber-400 text-amber-400" : undefined} />
            {item.favorite ? "Favourite" : "Add to favourites"}
          </Button>
          <Button variant="secondary" size="sm" onClick={() => setPicking(true)}>
            <FolderPlus aria-hidden />
            Add to collection
          </Button>
          <ShareButton item={{ assetId: item.assetId }} />
          <Button
            variant="ghost"
            size="sm"
            onClick={() => setConfirming(true)}
            className="text-red-600 dark:text-red-400"
          >
            <Trash2 aria-hidden />
            Delete
          </Button>
        </div>
        <ItemFacts item={item} details={details.data} />
      </div>
      <CollectionPicker
        open={picking}
        onOpenChange={setPicking}
        collections={collections}
        memberOf={details.data?.collectionIds}
        count={1}
        onCreate={mutations.createCollection}
        onChoose={async (collectionId, member) => {
          if (member) await mutations.removeFromCollection(collectionId, [item.assetId]);
          else await mutations.addToCollection(collectionId, [item.assetId]);
          await details.refetch();
        }}
      />
      <ConfirmDelete
        open={confirming}
        count={1}
        busy={deleting}
        onOpenChange={setConfirming}
        onConfirm={remove}
      />
    </Dialog>
  );
}
