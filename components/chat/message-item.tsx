"use client";

import { Brain, Pencil, RefreshCw } from "lucide-react";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Textarea } from "@/components/ui/textarea";
import type { ChatMessageDto } from "@/lib/chat/dto";
import { chatModel } from "@/lib/chat/models";
import { CopyButton } from "./copy-button";
import { Markdown } from "./markdown";

type Props = {
  message: ChatMessageDto;
  isLast: boolean;
  busy: boolean;
  onRegenerate: () => void;
  onEdit: (text: string) => void;
};

export function MessageItem({ message, isLast, busy, onRegenerate, onEdit }: Props) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(message.text);
  const user = message.role === "user";

  if (user) {
    return (
      <div className="flex flex-col items-end gap-1" data-testid="chat-message" data-role="user">
        {message.attachments.length ? (
          <div className="flex flex-wrap justify-end gap-2">
            {message.attachments.map((a) => (
              // biome-ignore lint/performance/noImgElement: user images from Kie's upload host or data URLs
              <img
                key={a.url.slice(0, 80)}
                src={a.url}
                alt={a.name ?? "Attached image"}
                className="size-20 rounded-lg object-cover"
              />
            ))}
          </div>
        ) : null}
        {editing ? (
          <div className="flex w-full max-w-xl flex-col gap-2">
            <Textarea
              aria-label="Edit message"
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
              rows={3}
            />
            <div className="flex justify-end gap-2">
              <Button size="sm" variant="ghost" onClick={() => setEditing(false)}>
                Cancel
              </Button>
              <Button
                size="sm"
                disabled={!draft.trim() || busy}
                onClick={() => {
                  setEditing(false);
                  onEdit(draft);
                }}
              >
                Save and resend
              </Button>
            </div>
          </div>
        ) : (
          <div className="group/msg flex items-start gap-1">
            {!busy && !message.id.startsWith("pending-") ? (
              <button
                type="button"
                aria-label="Edit message"
                onClick={() => {
                  setDraft(message.text);
                  setEditing(true);
                }}
                className="mt-1 rounded p-1 text-zinc-400 opacity-0 group-hover/msg:opacity-100 hover:text-zinc-700 focus:opacity-100 dark:hover:text-zinc-200"
              >
                <Pencil className="size-3.5" />
              </button>
            ) : null}
            <div className="max-w-xl rounded-2xl rounded-tr-sm bg-brand-600 px-4 py-2 text-sm whitespace-pre-wrap text-white dark:bg-brand-500">
              {message.text}
            </div>
          </div>
        )}
      </div>
    );
  }

  const model = chatModel(message.modelId ?? "");
  return (
    <div
      className="flex flex-col gap-2"
      data-testid="chat-message"
      data-role="assistant"
      data-status={message.status}
      data-message-id={message.id}
    >
      <div className="flex items-center gap-2 text-xs text-zinc-500 dark:text-zinc-400">
        <span className="font-medium text-zinc-700 dark:text-zinc-300">{model?.label ?? "Assistant"}</span>
        {message.status === "streaming" ? (
          <Badge tone="brand" dot>
            writing
          </Badge>
        ) : null}
        {message.status === "stopped" ? <Badge tone="warning">stopped</Badge> : null}
        {message.creditsConsumed !== null ? (
          <span data-testid="credits">{formatCredits(message.creditsConsumed)} credits</span>
        ) : null}
      </div>
      {message.thinking ? (
        <details className="rounded-lg border border-zinc-200 bg-zinc-50 px-3 py-2 text-xs text-zinc-600 dark:border-zinc-800 dark:bg-zinc-900/60 dark:text-zinc-400">
          <summary className="flex cursor-pointer items-center gap-1.5 select-none">
            <Brain className="size-3.5" /> Thinking
          </summary>
          <p className="mt-2 whitespace-pre-wrap">{message.thinking}</p>
        </details>
      ) : null}
      <div className={cn(message.status === "streaming" && !message.text && "animate-pulse text-zinc-400")}>
        {message.text ? <Markdown text={message.text} /> : message.status === "streaming" ? "…" : null}
      </div>
      {message.status === "error" ? (
        <p
          role="alert"
          className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-700 dark:bg-red-950/40 dark:text-red-300"
        >
          {message.error}
        </p>
      ) : null}
      {message.status !== "streaming" ? (
        <div className="flex items-center gap-1">
          {message.text ? <CopyButton text={() => message.text} label="Copy answer" /> : null}
          {isLast && !busy ? (
            <Button size="sm" variant="ghost" onClick={onRegenerate}>
              <RefreshCw className="size-3.5" /> Regenerate
            </Button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

function formatCredits(value: number): string {
  return value < 1 ? value.toFixed(2) : String(Math.round(value * 100) / 100);
}
