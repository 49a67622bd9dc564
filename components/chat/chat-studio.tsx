"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { toast } from "sonner";
import type { ConversationDto, ConversationSummaryDto } from "@/lib/chat/dto";
import { chatApi } from "./api";
import { ChatThread } from "./chat-thread";
import { ConversationList } from "./conversation-list";

type Props = { conversations: ConversationSummaryDto[]; initial: ConversationDto | null };

/** The Chat page: conversation list on the left, the open conversation on the right. */
export function ChatStudio({ conversations, initial }: Props) {
  const queryClient = useQueryClient();
  const [active, setActive] = useState<ConversationDto | null>(initial);
  const [threadKey, setThreadKey] = useState(initial?.id ?? "new");

  const show = useCallback((conversation: ConversationDto | null) => {
    setActive(conversation);
    setThreadKey(conversation?.id ?? `new-${Date.now()}`);
    window.history.replaceState(null, "", conversation ? `/chat/${conversation.id}` : "/chat");
  }, []);

  const open = async (id: string) => {
    try {
      show(await chatApi.get(id));
    } catch (error) {
      toast.error(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <div className="flex flex-col gap-6 md:flex-row">
      <aside className="md:sticky md:top-6 md:max-h-[80dvh] md:w-60 md:shrink-0">
        <ConversationList
          initial={conversations}
          activeId={active?.id ?? null}
          onOpen={(id) => void open(id)}
          onNew={() => show(null)}
          onDeleted={(id) => {
            if (active?.id === id) show(null);
          }}
          onRenamed={(id, title) => {
            if (active?.id === id) setActive({ ...active, title });
          }}
        />
      </aside>
      <ChatThread
        key={threadKey}
        initial={active}
        onCreated={(c) => {
          // Keep the thread mounted (it is streaming): only the URL and the list change.
          setActive(c);
          window.history.replaceState(null, "", `/chat/${c.id}`);
          void queryClient.invalidateQueries({ queryKey: ["conversations"] });
        }}
      />
    </div>
  );
}
