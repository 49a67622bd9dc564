"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { FileIcon, LayoutGrid } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { LoadMore } from "@/components/tasks/load-more";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { GalleryItem } from "@/lib/dal/assets";
import { assetListQueryOptions, firstPage } from "@/lib/queries/lists";
import type { AssetPage } from "@/lib/queries/tasks";
import { AudioTile } from "./audio-tile";
import { GallerySkeleton } from "./gallery-skeleton";
import type { GridTile } from "./image-entry";
import { ImageGrid } from "./image-grid";
import { KindFilter, type KindFilterValue } from "./kind-filter";
import { VideoPlayer } from "./video-player";

function tileOf(item: GalleryItem): GridTile {
  const attrs = { "data-testid": "gallery-item", "data-kind": item.kind, "data-asset-id": item.assetId };
  if (item.kind === "image") {
    return {
      type: "image",
      key: item.assetId,
      attrs,
      entry: { asset: item, operationId: item.operationId, prompt: item.prompt },
    };
  }
  if (item.kind === "audio") {
    return {
      type: "node",
      key: item.assetId,
      attrs,
      node: <AudioTile asset={item} prompt={item.prompt} operationId={item.operationId} />,
    };
  }
  if (item.kind === "video") {
    return {
      type: "node",
      key: item.assetId,
      attrs,
      node: (
        <VideoPlayer
          asset={item}
          operationId={item.operationId}
          prompt={item.prompt}
          taskHref={`/tasks/${item.taskId}`}
        />
      ),
    };
  }
  return {
    type: "node",
    key: item.assetId,
    attrs,
    node: (
      <a
        href={item.downloadUrl}
        download
        className="flex aspect-square w-full flex-col items-center justify-center gap-2 rounded-xl bg-zinc-100 text-sm text-zinc-600 ring-1 ring-zinc-200/70 dark:bg-zinc-900 dark:text-zinc-300 dark:ring-zinc-800"
      >
        <FileIcon aria-hidden className="size-6" />
        {item.title ?? item.kind}
      </a>
    ),
  };
}

const EMPTY: Record<KindFilterValue, { title: string; description: string }> = {
  all: {
    title: "Your gallery is empty",
    description: "Everything you generate is kept here for good, ready to play and download.",
  },
  image: { title: "No images yet", description: "Images you generate show up here." },
  video: { title: "No videos yet", description: "Clips you generate show up here, ready to play." },
  audio: { title: "No audio yet", description: "Songs, stems, speech and sound effects show up here." },
  text: { title: "No text yet", description: "Lyrics, transcripts and karaoke timings show up here." },
  midi: { title: "No MIDI yet", description: "MIDI files made from your stems show up here." },
};

/** Every mirrored result, newest first, filterable by kind. */
export function GalleryView({
  initialKind,
  initialPage,
}: {
  initialKind: KindFilterValue;
  initialPage: AssetPage;
}) {
  const [kind, setKind] = useState<KindFilterValue>(initialKind);
  const query = useInfiniteQuery({
    ...assetListQueryOptions(kind === "all" ? undefined : kind),
    initialData: kind === initialKind ? firstPage(initialPage) : undefined,
  });
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];

  function choose(next: KindFilterValue) {
    setKind(next);
    const url = new URL(window.location.href);
    if (next === "all") url.searchParams.delete("kind");
    else url.searchParams.set("kind", next);
    window.history.replaceState(null, "", url);
  }

  return (
    <div className="flex flex-col gap-5">
      <KindFilter value={kind} onChange={choose} />
      {query.isPending ? (
        <GallerySkeleton />
      ) : items.length === 0 ? (
        <EmptyState
          icon={<LayoutGrid />}
          title={EMPTY[kind].title}
          description={EMPTY[kind].description}
          action={
            <div className="flex gap-2">
              <Link href="/music" className={buttonClasses("secondary", "sm")}>
                Make a song
              </Link>
              <Link href="/image" className={buttonClasses("secondary", "sm")}>
                Make an image
              </Link>
            </div>
          }
        />
      ) : (
        <>
          <ImageGrid
            tiles={items.map(tileOf)}
            columns="grid-cols-2 sm:grid-cols-3 lg:grid-cols-4 xl:grid-cols-5"
          />
          <LoadMore
            hasMore={query.hasNextPage}
            loading={query.isFetchingNextPage}
            onLoadMore={() => query.fetchNextPage()}
          />
        </>
      )}
    </div>
  );
}
