"use client";

import { FolderOpen, Plus } from "lucide-react";
import { useState } from "react";
import { shareIntoTeamAction } from "@/app/(studio)/teams/actions";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { ShareCandidates } from "@/lib/teams/shares";
import { useTeamAction } from "./use-team-action";

/** For owners and editors: pick one of your collections or recent results to share into the team. */
export function AddToTeam({ teamId, candidates }: { teamId: string; candidates: ShareCandidates }) {
  const [open, setOpen] = useState(false);
  const { pending, run } = useTeamAction();
  const share = (item: { assetId: string } | { collectionId: string }) =>
    run(() => shareIntoTeamAction({ teamId, ...item }));
  const empty = !candidates.collections.length && !candidates.assets.length;
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        <Plus aria-hidden />
        Add from my gallery
      </Button>
      <Dialog open={open} onOpenChange={setOpen} title="Share into this team" size="lg">
        {empty ? (
          <p className="text-sm text-zinc-500">
            Make something first: your results and collections appear here.
          </p>
        ) : (
          <div className="flex flex-col gap-5">
            {candidates.collections.length ? (
              <section className="flex flex-col gap-2" aria-label="Your collections">
                <h3 className="text-xs font-semibold tracking-wider text-zinc-500 uppercase">Collections</h3>
                <ul className="flex flex-col gap-1">
                  {candidates.collections.map((c) => (
                    <li key={c.id} className="flex items-center gap-2 text-sm">
                      <FolderOpen aria-hidden className="size-4 text-zinc-400" />
                      <span className="flex-1 truncate">
                        {c.name} <span className="text-xs text-zinc-500">({c.count})</span>
                      </span>
                      <Button
                        size="sm"
                        variant="ghost"
                        disabled={pending}
                        onClick={() => share({ collectionId: c.id })}
                      >
                        Share
                      </Button>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            {candidates.assets.length ? (
              <section className="flex flex-col gap-2" aria-label="Your recent results">
                <h3 className="text-xs font-semibold tracking-wider text-zinc-500 uppercase">
                  Recent results
                </h3>
                <ul className="grid grid-cols-1 gap-1 sm:grid-cols-2">
                  {candidates.assets.map((a) => (
                    <li key={a.id} className="flex items-center gap-2 text-sm" data-testid="share-candidate">
                      {a.thumbUrl ? (
                        // biome-ignore lint/performance/noImgElement: our own access-checked asset route
                        <img src={a.thumbUrl} alt="" className="size-9 rounded object-cover" />
                      ) : (
                        <span className="flex size-9 items-center justify-center rounded bg-zinc-100 text-[10px] text-zinc-500 dark:bg-zinc-800">
                          {a.kind}
                        </span>
                      )}
                      <span className="flex-1 truncate">{a.label}</span>
                      <Button
                        size="sm"
                        variant="ghost"
                        disabled={pending}
                        onClick={() => share({ assetId: a.id })}
                      >
                        Share
                      </Button>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
          </div>
        )}
      </Dialog>
    </>
  );
}
