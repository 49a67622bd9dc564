"use client";

import { Link2, Users } from "lucide-react";
import { useCallback, useEffect, useState, useTransition } from "react";
import { toast } from "sonner";
import { shareIntoTeamAction } from "@/app/(studio)/teams/actions";
import { CopyButton } from "@/components/media/copy-button";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Select } from "@/components/ui/select";
import type { ActionResult } from "@/lib/access/action-result";
import { createShareLinkAction, revokeShareLinkAction, shareStateAction } from "@/lib/shares/actions";
import type { ShareLinkView } from "@/lib/shares/links";
import type { ShareTarget } from "@/lib/teams/shares";

export type ShareItem = { assetId: string } | { collectionId: string };

type Lifetime = "1" | "7" | "30" | "never";

/** Share one result or collection: public read-only links (with expiry, revocable) and team galleries. */
export function ShareDialog({
  item,
  open,
  onOpenChange,
}: {
  item: ShareItem;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const [links, setLinks] = useState<ShareLinkView[]>([]);
  const [teams, setTeams] = useState<ShareTarget[]>([]);
  const [created, setCreated] = useState<string | null>(null);
  const [lifetime, setLifetime] = useState<Lifetime>("7");
  const [pending, startTransition] = useTransition();
  const itemKey = JSON.stringify(item);

  const refresh = useCallback(async () => {
    const state = await shareStateAction(JSON.parse(itemKey));
    if (state.ok) {
      setLinks(state.links);
      setTeams(state.teams);
    } else toast.error(state.error.message);
  }, [itemKey]);

  useEffect(() => {
    if (open) {
      setCreated(null);
      void refresh();
    }
  }, [open, refresh]);

  function run<T>(action: () => Promise<ActionResult<T>>, onDone?: (res: { ok: true } & T) => void) {
    startTransition(async () => {
      const res = await action();
      if (!res.ok) return void toast.error(res.error.message);
      if (res.message) toast.success(res.message);
      onDone?.(res);
      await refresh();
    });
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="Share" size="md">
      <div className="flex flex-col gap-6">
        <section className="flex flex-col gap-3" aria-label="Public link">
          <h3 className="flex items-center gap-2 text-sm font-semibold">
            <Link2 aria-hidden className="size-4" /> Public link
          </h3>
          <p className="text-xs text-zinc-500">
            Anyone with the link can view and download — no account needed. Nothing else of yours is shown.
          </p>
          <div className="flex flex-wrap gap-2">
            <Select
              aria-label="Link expires"
              value={lifetime}
              onChange={(e) => setLifetime(e.target.value as Lifetime)}
            >
              <option value="1">Expires in 1 day</option>
              <option value="7">Expires in 7 days</option>
              <option value="30">Expires in 30 days</option>
              <option value="never">Never expires</option>
            </Select>
            <Button
              disabled={pending}
              onClick={() =>
                run(
                  () => createShareLinkAction({ ...item, expiresIn: lifetime }),
                  (res) => setCreated(`${window.location.origin}${res.path}`),
                )
              }
            >
              Create link
            </Button>
          </div>
          {created ? (
            <div className="flex items-center gap-2 rounded-lg bg-zinc-50 p-2 text-xs dark:bg-zinc-800/60">
              <code className="min-w-0 flex-1 truncate" data-testid="share-link">
                {created}
              </code>
              <CopyButton text={created} label="Copy link" tone="light" />
            </div>
          ) : null}
          {links.length ? (
            <ul className="flex flex-col gap-1 text-sm" aria-label="Active links">
              {links.map((l) => (
                <li key={l.id} className="flex items-center justify-between gap-2">
                  <span className="text-zinc-600 dark:text-zinc-400">
                    Created {new Date(l.createdAt).toLocaleDateString()} ·{" "}
                    {l.expiresAt
                      ? l.live
                        ? `expires ${new Date(l.expiresAt).toLocaleDateString()}`
                        : "expired"
                      : "no expiry"}
                  </span>
                  <Button
                    variant="ghost"
                    size="sm"
                    disabled={pending}
                    onClick={() => run(() => revokeShareLinkAction({ linkId: l.id }))}
                  >
                    Revoke
                  </Button>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
        <section className="flex flex-col gap-3" aria-label="Teams">
          <h3 className="flex items-center gap-2 text-sm font-semibold">
            <Users aria-hidden className="size-4" /> Teams
          </h3>
          {teams.length ? (
            <ul className="flex flex-col gap-1 text-sm">
              {teams.map((t) => (
                <li key={t.teamId} className="flex items-center justify-between gap-2">
                  <span>{t.teamName}</span>
                  {t.shared ? (
                    <span className="text-xs text-zinc-500">In the team gallery</span>
                  ) : (
                    <Button
                      variant="secondary"
                      size="sm"
                      disabled={pending}
                      onClick={() => run(() => shareIntoTeamAction({ teamId: t.teamId, ...item }))}
                    >
                      Share with {t.teamName}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-xs text-zinc-500">Teams where you are an owner or editor appear here.</p>
          )}
        </section>
      </div>
    </Dialog>
  );
}
