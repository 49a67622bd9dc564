"use client";

import { ClipboardCopy, SlidersHorizontal } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import type { ConversationDto } from "@/lib/chat/dto";
import { chatModel, DEFAULT_CHAT_MODEL_ID } from "@/lib/chat/models";
import type { ChatOptions } from "@/lib/chat/types";
import { Composer } from "./composer";
import { conversationMarkdown } from "./export-markdown";
import { MessageItem } from "./message-item";
import { ModelPicker } from "./model-picker";
import { OptionsPanel } from "./options-panel";
import { useChat } from "./use-chat";

type Props = { initial: ConversationDto | null; onCreated: (c: ConversationDto) => void };

export function ChatThread({ initial, onCreated }: Props) {
  const chat = useChat(initial, onCreated);
  const [modelId, setModelId] = useState(initial?.modelId ?? DEFAULT_CHAT_MODEL_ID);
  const [options, setOptions] = useState<ChatOptions>(initial?.options ?? {});
  const [optionsOpen, setOptionsOpen] = useState(false);
  const model = chatModel(modelId) ?? chatModel(DEFAULT_CHAT_MODEL_ID)!;
  const bottom = useRef<HTMLDivElement>(null);
  const settings = { modelId: model.id, options };
  const lastText = chat.messages.at(-1)?.text;

  // biome-ignore lint/correctness/useExhaustiveDependencies: follow the growing answer
  useEffect(() => {
    bottom.current?.scrollIntoView({ block: "end" });
  }, [chat.messages.length, lastText]);

  const copyAll = async () => {
    try {
      await navigator.clipboard.writeText(
        conversationMarkdown(chat.conversation?.title ?? "Chat", chat.messages),
      );
      toast.success("Conversation copied as Markdown");
    } catch {
      toast.error("The clipboard is not available here");
    }
  };

  return (
    <section aria-label="Conversation" className="flex min-h-[70dvh] min-w-0 flex-1 flex-col gap-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <ModelPicker value={model.id} onChange={setModelId} />
        <div className="flex items-center gap-1">
          <Button variant="ghost" size="sm" onClick={() => setOptionsOpen(true)}>
            <SlidersHorizontal className="size-4" /> Options
          </Button>
          <Button variant="ghost" size="sm" onClick={copyAll} disabled={chat.messages.length === 0}>
            <ClipboardCopy className="size-4" /> Copy as Markdown
          </Button>
        </div>
      </div>

      <div className="flex flex-1 flex-col gap-6" data-testid="chat-messages">
        {chat.messages.length === 0 ? (
          <EmptyState
            title="Start a conversation"
            description="Pick a model, ask anything, attach images where the model accepts them."
          />
        ) : (
          chat.messages.map((m, i) => (
            <MessageItem
              key={m.id}
              message={m}
              isLast={i === chat.messages.length - 1}
              busy={chat.busy}
              onRegenerate={() => void chat.send({ action: "regenerate" }, settings)}
              onEdit={(text) =>
                void chat.send(
                  { action: "edit", messageId: m.id, text, attachments: m.attachments },
                  settings,
                )
              }
            />
          ))
        )}
        <div ref={bottom} />
      </div>

      <div className="sticky bottom-4">
        <Composer
          canAttach={model.caps.images}
          busy={chat.busy}
          streaming={chat.streamingId !== null}
          onSend={(text, attachments) => void chat.send({ action: "send", text, attachments }, settings)}
          onStop={() => void chat.stop()}
        />
      </div>

      <Dialog
        open={optionsOpen}
        onOpenChange={setOptionsOpen}
        title="Chat options"
        description={`What ${model.label} supports. Applied from the next message.`}
        footer={<Button onClick={() => setOptionsOpen(false)}>Done</Button>}
      >
        <OptionsPanel model={model} value={options} onChange={setOptions} />
      </Dialog>
    </section>
  );
}
