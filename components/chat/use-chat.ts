"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import { readChatStream } from "@/lib/chat/client-stream";
import type { ChatMessageDto, ChatStreamEvent, ConversationDto } from "@/lib/chat/dto";
import type { ChatAttachment, ChatOptions } from "@/lib/chat/types";
import { chatApi } from "./api";

export type SendInput =
  | { action: "send"; text: string; attachments: ChatAttachment[] }
  | { action: "regenerate" }
  | { action: "edit"; messageId: string; text: string; attachments: ChatAttachment[] };

type Settings = { modelId: string; options: ChatOptions };

/**
 * One conversation in the browser: its messages, the answer being streamed and the actions on it.
 * The server keeps writing an answer if this page goes away; on return, `resume` re-attaches.
 */
export function useChat(initial: ConversationDto | null, onCreated: (c: ConversationDto) => void) {
  const queryClient = useQueryClient();
  const [conversation, setConversation] = useState<ConversationDto | null>(initial);
  const [messages, setMessages] = useState<ChatMessageDto[]>(initial?.messages ?? []);
  const [busy, setBusy] = useState(false);
  const streamingId = messages.find((m) => m.status === "streaming")?.id ?? null;
  const idRef = useRef(initial?.id ?? null);

  const patchMessage = useCallback((id: string, patch: (m: ChatMessageDto) => Partial<ChatMessageDto>) => {
    setMessages((all) => all.map((m) => (m.id === id ? { ...m, ...patch(m) } : m)));
  }, []);

  const apply = useCallback(
    (assistantId: string, event: ChatStreamEvent) => {
      switch (event.type) {
        case "snapshot":
          patchMessage(assistantId, () => ({ text: event.text, thinking: event.thinking || null }));
          break;
        case "text":
          patchMessage(assistantId, (m) => ({ text: m.text + event.delta }));
          break;
        case "thinking":
          patchMessage(assistantId, (m) => ({ thinking: (m.thinking ?? "") + event.delta }));
          break;
        case "done":
          patchMessage(assistantId, () => ({
            status: "done",
            creditsConsumed: event.creditsConsumed,
            usage: event.usage,
          }));
          break;
        case "error":
          patchMessage(assistantId, () => ({ status: "error", error: event.message }));
          break;
        case "stopped":
          patchMessage(assistantId, () => ({ status: "stopped" }));
          break;
      }
    },
    [patchMessage],
  );

  const refresh = useCallback(async () => {
    if (!idRef.current) return;
    const fresh = await chatApi.get(idRef.current);
    setConversation(fresh);
    setMessages(fresh.messages);
  }, []);

  const consume = useCallback(
    async (res: Response, assistantId: string | null) => {
      if (!res.body) return;
      let target = assistantId;
      for await (const event of readChatStream(res.body)) {
        if (event.type === "start") {
          target = event.assistantMessage.id;
          const { userMessage, assistantMessage } = event;
          setMessages((all) => {
            const kept = all.filter((m) => !m.id.startsWith("pending-"));
            const withUser = userMessage
              ? [...kept.filter((m) => m.id !== userMessage.id), userMessage]
              : kept;
            return [...withUser, assistantMessage];
          });
        } else if (target) apply(target, event);
      }
    },
    [apply],
  );

  const send = useCallback(
    async (input: SendInput, settings: Settings) => {
      setBusy(true);
      try {
        let current = conversation;
        if (!current) {
          current = await chatApi.create(settings.modelId, settings.options);
          idRef.current = current.id;
          setConversation(current);
          onCreated(current);
        }
        setMessages((all) => optimistic(all, input));
        const res = await fetch(`/api/v1/conversations/${current.id}/messages`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ ...input, modelId: settings.modelId, options: settings.options }),
        });
        if (!res.ok) {
          const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
          throw new Error(body?.error?.message ?? `The message could not be sent (${res.status})`);
        }
        await consume(res, null);
      } catch (error) {
        toast.error(error instanceof Error ? error.message : String(error));
        await refresh().catch(() => {});
      } finally {
        setBusy(false);
        void queryClient.invalidateQueries({ queryKey: ["conversations"] });
      }
    },
    [conversation, consume, onCreated, queryClient, refresh],
  );

  const stop = useCallback(async () => {
    if (!conversation || !streamingId) return;
    try {
      await chatApi.stop(conversation.id, streamingId);
    } catch (error) {
      toast.error(error instanceof Error ? error.message : String(error));
    }
  }, [conversation, streamingId]);

  // After a reload, an answer may still be being written on the server: follow it.
  const resumedRef = useRef<string | null>(null);
  useEffect(() => {
    if (busy || !conversation || !streamingId || resumedRef.current === streamingId) return;
    resumedRef.current = streamingId;
    const controller = new AbortController();
    void (async () => {
      const res = await fetch(`/api/v1/conversations/${conversation.id}/messages/${streamingId}/stream`, {
        signal: controller.signal,
      }).catch(() => null);
      if (res?.ok) await consume(res, streamingId).catch(() => {});
      if (!controller.signal.aborted) await refresh().catch(() => {});
    })();
    return () => controller.abort();
  }, [busy, conversation, streamingId, consume, refresh]);

  return {
    conversation,
    setConversation,
    messages,
    busy: busy || streamingId !== null,
    streamingId,
    send,
    stop,
  };
}

/** Shows the user's turn at once; the server's `start` event replaces it with the stored one. */
function optimistic(all: ChatMessageDto[], input: SendInput): ChatMessageDto[] {
  const now = new Date().toISOString();
  const draft = (text: string, attachments: ChatAttachment[]): ChatMessageDto => ({
    id: `pending-${now}`,
    role: "user",
    text,
    attachments,
    thinking: null,
    modelId: null,
    status: "done",
    creditsConsumed: null,
    usage: null,
    error: null,
    createdAt: now,
  });
  if (input.action === "send") return [...all, draft(input.text, input.attachments)];
  if (input.action === "regenerate") return all.at(-1)?.role === "assistant" ? all.slice(0, -1) : all;
  const index = all.findIndex((m) => m.id === input.messageId);
  return index === -1
    ? all
    : [...all.slice(0, index), { ...all[index], text: input.text, attachments: input.attachments }];
}
