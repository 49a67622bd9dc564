"use client";

import { Check, Plus } from "lucide-react";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { cn, focusRing } from "@/components/ui/cn";
import { Dialog } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import type { CollectionView } from "@/lib/dal/collections";

/** A team collection I curate reads "Team · Name", so it is not mistaken for one of mine. */
export function collectionLabel(c: Pick<CollectionView, "name" | "teamName">): string {
  return c.teamName ? `${c.teamName} · ${c.name}` : c.name;
}

type CollectionPickerProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  collections: CollectionView[];
  /** Collections that already hold the item(s): shown ticked; choosing one takes it out. */
  memberOf?: readonly string[];
  count: number;
  onChoose: (collectionId: string, member: boolean) => Promise<void>;
  onCreate: (name: string) => Promise<CollectionView>;
};

/** "Add to collection": pick one of mine or a team one I curate, or name a new one and add to it at once. */
export function CollectionPicker({
  open,
  onOpenChange,
  collections,
  memberOf = [],
  count,
  onChoose,
  onCreate,
}: CollectionPickerProps) {
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  async function act(key: string, fn: () => Promise<void>) {
    setBusy(key);
    setError(null);
    try {
      await fn();
    } catch (err) {
      setError(err instanceof Error ? err.message : "That did not work. Try again.");
    } finally {
      setBusy(null);
    }
  }

  function create(event: FormEvent) {
    event.preventDefault();
    void act("new", async () => {
      const created = await onCreate(name);
      await onChoose(created.id, false);
      setName("");
      onOpenChange(false);
    });
  }

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      size="sm"
      title={count === 1 ? "Add to collection" : `Add ${count} results to a collection`}
    >
      <div className="flex flex-col gap-3" data-testid="collection-picker">
        {collections.length ? (
          <ul className="flex max-h-64 flex-col gap-1 overflow-y-auto">
            {collections.map((c) => {
              const member = memberOf.includes(c.id);
              return (
                <li key={c.id}>
                  <button
                    type="button"
                    aria-pressed={member}
                    disabled={busy !== null}
                    onClick={() => act(c.id, () => onChoose(c.id, member))}
                    className={cn(
                      "flex w-full items-center justify-between gap-2 rounded-lg px-3 py-2 text-left text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800",
                      focusRing,
                    )}
                  >
                    <span className="truncate">{collectionLabel(c)}</span>
                    <span className="flex items-center gap-2 text-xs text-zinc-500">
                      {c.itemCount}
                      {member ? (
                        <Check aria-label="In this collection" className="size-4 text-brand-600" />
                      ) : null}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="text-sm text-zinc-500 dark:text-zinc-400">You have no collections yet.</p>
        )}
        <form onSubmit={create} className="flex gap-2">
          <Input
            aria-label="New collection name"
            placeholder="New collection"
            value={name}
            maxLength={80}
            onChange={(e) => setName(e.target.value)}
          />
          <Button type="submit" variant="secondary" loading={busy === "new"} disabled={!name.trim()}>
            <Plus aria-hidden />
            Create
          </Button>
        </form>
        {error ? (
          <p role="alert" className="text-sm text-red-600 dark:text-red-400">
            {error}
          </p>
        ) : null}
      </div>
    </Dialog>
  );
}
