"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { MessageSquarePlus, Pencil, Search, Trash2 } from "lucide-react";
import { useEffect, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Dialog } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import type { ConversationSummaryDto } from "@/lib/chat/dto";
import { MAX_TITLE_CHARS } from "@/lib/chat/schemas";
import { chatApi } from "./api";

type Props = {
  initial: ConversationSummaryDto[];
  activeId: string | null;
  onOpen: (id: string) => void;
  onNew: () => void;
  onDeleted: (id: string) => void;
  onRenamed: (id: string, title: string) => void;
};

export function ConversationList({ initial, activeId, onOpen, onNew, onDeleted, onRenamed }: Props) {
  const queryClient = useQueryClient();
  const [search, setSearch] = useState("");
  const [q, setQ] = useState("");
  const [renaming, setRenaming] = useState<ConversationSummaryDto | null>(null);
  const [title, setTitle] = useState("");
  const [deleting, setDeleting] = useState<ConversationSummaryDto | null>(null);

  useEffect(() => {
    const timer = setTimeout(() => setQ(search.trim()), 250);
    return () => clearTimeout(timer);
  }, [search]);

  const { data: conversations = [] } = useQuery({
    queryKey: ["conversations", q],
    queryFn: () => chatApi.list(q),
    initialData: q === "" ? initial : undefined,
  });

  const invalidate = () => queryClient.invalidateQueries({ queryKey: ["conversations"] });

  const rename = async () => {
    if (!renaming) return;
    try {
      await chatApi.update(renaming.id, { title: title.trim() });
      onRenamed(renaming.id, title.trim());
      setRenaming(null);
      await invalidate();
    } catch (error) {
      toast.error(error instanceof Error ? error.message : String(error));
    }
  };

  const remove = async () => {
    if (!deleting) return;
    try {
      await chatApi.remove(deleting.id);
      onDeleted(deleting.id);
      setDeleting(null);
      await invalidate();
    } catch (error) {
      toast.error(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <nav aria-label="Conversations" className="flex min-h-0 flex-col gap-2">
      <Button variant="secondary" onClick={onNew} className="justify-start">
        <MessageSquarePlus className="size-4" /> New chat
      </Button>
      <div className="relative">
        <Search
          aria-hidden
          className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-zinc-400"
        />
        <Input
          aria-label="Search conversations"
          placeholder="Search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          className="pl-8"
        />
      </div>
      <ul className="flex min-h-0 flex-col gap-0.5 overflow-y-auto">
        {conversations.length === 0 ? (
          <li className="px-2 py-3 text-sm text-zinc-500">
            {q ? "No conversation matches." : "No conversations yet."}
          </li>
        ) : null}
        {conversations.map((c) => (
          <li key={c.id} className="group/item flex items-center" data-testid="conversation-item">
            <button
              type="button"
              onClick={() => onOpen(c.id)}
              aria-current={c.id === activeId ? "page" : undefined}
              className={cn(
                "min-w-0 flex-1 truncate rounded-lg px-2 py-1.5 text-left text-sm text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800/70",
                c.id === activeId &&
                  "bg-zinc-100 font-medium text-zinc-900 dark:bg-zinc-800 dark:text-zinc-50",
              )}
            >
              {c.title}
            </button>
            <button
              type="button"
              aria-label={`Rename ${c.title}`}
              onClick={() => {
                setTitle(c.title);
                setRenaming(c);
              }}
              className="rounded p-1 text-zinc-400 opacity-0 group-hover/item:opacity-100 hover:text-zinc-700 focus:opacity-100 dark:hover:text-zinc-200"
            >
              <Pencil className="size-3.5" />
            </button>
            <button
              type="button"
              aria-label={`Delete ${c.title}`}
              onClick={() => setDeleting(c)}
              className="rounded p-1 text-zinc-400 opacity-0 group-hover/item:opacity-100 hover:text-red-600 focus:opacity-100"
            >
              <Trash2 className="size-3.5" />
            </button>
          </li>
        ))}
      </ul>
      <Dialog
        open={renaming !== null}
        onOpenChange={(open) => !open && setRenaming(null)}
        title="Rename conversation"
        size="sm"
        footer={
          <>
            <Button variant="ghost" onClick={() => setRenaming(null)}>
              Cancel
            </Button>
            <Button onClick={rename} disabled={!title.trim()}>
              Rename
            </Button>
          </>
        }
      >
        <Input
          aria-label="Title"
          value={title}
          maxLength={MAX_TITLE_CHARS}
          onChange={(e) => setTitle(e.target.value)}
          onKeyDown={(e) => e.key === "Enter" && void rename()}
        />
      </Dialog>
      <Dialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title="Delete conversation?"
        description={deleting ? `“${deleting.title}” and all its messages will be deleted.` : undefined}
        size="sm"
        footer={
          <>
            <Button variant="ghost" onClick={() => setDeleting(null)}>
              Cancel
            </Button>
            <Button variant="danger" onClick={remove}>
              Delete
            </Button>
          </>
        }
      />
    </nav>
  );
}
