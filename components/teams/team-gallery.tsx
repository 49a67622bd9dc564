"use client";

import { Trash2 } from "lucide-react";
import { removeTeamShareAction } from "@/app/(studio)/teams/actions";
import { ShareButton } from "@/components/share/share-button";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { TeamGalleryEntry } from "@/lib/teams/shares";
import { SharedAssetCard } from "./shared-asset-card";
import { useTeamAction } from "./use-team-action";

export function TeamGallery({
  teamId,
  entries,
  canManage,
}: {
  teamId: string;
  entries: TeamGalleryEntry[];
  canManage: boolean;
}) {
  const { pending, run } = useTeamAction();
  if (!entries.length)
    return (
      <EmptyState
        title="Nothing shared yet"
        description="Owners and editors add results and collections here with “Add from my gallery”."
      />
    );
  const remove = (shareId: string) =>
    canManage ? (
      <Button
        variant="ghost"
        size="icon"
        aria-label="Remove from team"
        disabled={pending}
        onClick={() => run(() => removeTeamShareAction({ teamId, shareId }))}
      >
        <Trash2 aria-hidden />
      </Button>
    ) : null;
  const controls = (entry: TeamGalleryEntry) => (
    <>
      {entry.sharedBy.isMe ? (
        <ShareButton
          item={
            entry.kind === "asset" ? { assetId: entry.asset.assetId } : { collectionId: entry.collection.id }
          }
          label="Share link"
          variant="ghost"
          size="icon"
        />
      ) : null}
      {remove(entry.shareId)}
    </>
  );
  return (
    <div className="flex flex-col gap-6">
      {entries.map((e) =>
        e.kind === "asset" ? null : (
          <section key={e.shareId} className="flex flex-col gap-3" data-testid="team-shared-collection">
            <header className="flex items-center gap-2">
              <h3 className="text-sm font-semibold text-zinc-900 dark:text-zinc-100">{e.collection.name}</h3>
              <span className="text-xs text-zinc-500">
                {e.collection.count} item{e.collection.count === 1 ? "" : "s"} · shared by {e.sharedBy.name}
              </span>
              <span className="ml-auto flex">{controls(e)}</span>
            </header>
            <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
              {e.collection.assets.map((a) => (
                <SharedAssetCard key={a.assetId} asset={a} />
              ))}
            </div>
          </section>
        ),
      )}
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
        {entries.map((e) =>
          e.kind === "asset" ? (
            <div key={e.shareId} data-testid="team-shared-asset">
              <SharedAssetCard
                asset={e.asset}
                caption={`Shared by ${e.sharedBy.name}${e.prompt ? ` · ${e.prompt}` : ""}`}
                actions={controls(e)}
              />
            </div>
          ) : null,
        )}
      </div>
    </div>
  );
}
