"use client";

import { ImagePlus, Send, Square, X } from "lucide-react";
import { type KeyboardEvent, useRef, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import { MAX_IMAGE_BYTES, MAX_IMAGES_PER_MESSAGE } from "@/lib/chat/models";
import type { ChatAttachment } from "@/lib/chat/types";
import { uploadImage } from "./api";

const ACCEPTED = ["image/png", "image/jpeg", "image/webp", "image/gif"];

type Props = {
  canAttach: boolean;
  busy: boolean;
  streaming: boolean;
  onSend: (text: string, attachments: ChatAttachment[]) => void;
  onStop: () => void;
};

export function Composer({ canAttach, busy, streaming, onSend, onStop }: Props) {
  const [text, setText] = useState("");
  const [attachments, setAttachments] = useState<Array<ChatAttachment & { key: number }>>([]);
  const nextKey = useRef(0);
  const [uploading, setUploading] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const ready = (text.trim() !== "" || attachments.length > 0) && !busy && !uploading;

  const submit = () => {
    if (!ready) return;
    onSend(text.trim(), canAttach ? attachments.map(({ key: _key, ...a }) => a) : []);
    setText("");
    setAttachments([]);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      submit();
    }
  };

  const addFiles = async (files: FileList | null) => {
    if (!files?.length) return;
    const room = MAX_IMAGES_PER_MESSAGE - attachments.length;
    const picked = [...files].slice(0, Math.max(0, room));
    if (files.length > room) toast.error(`Attach at most ${MAX_IMAGES_PER_MESSAGE} images per message`);
    setUploading(true);
    try {
      for (const file of picked) {
        if (!ACCEPTED.includes(file.type)) {
          toast.error(`${file.name}: attach PNG, JPEG, WebP or GIF images`);
          continue;
        }
        if (file.size > MAX_IMAGE_BYTES) {
          toast.error(`${file.name} is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB`);
          continue;
        }
        const attachment = await toAttachment(file);
        nextKey.current += 1;
        const key = nextKey.current;
        setAttachments((all) => [...all, { ...attachment, key }]);
      }
    } finally {
      setUploading(false);
      if (fileInput.current) fileInput.current.value = "";
    }
  };

  return (
    <div className="rounded-xl border border-zinc-200 bg-white p-2 shadow-xs dark:border-zinc-800 dark:bg-zinc-900/70">
      {attachments.length ? (
        <div className="flex flex-wrap gap-2 p-1">
          {attachments.map((a) => (
            <div key={a.key} className="relative">
              {/* biome-ignore lint/performance/noImgElement: preview of a just-attached image */}
              <img src={a.url} alt={a.name ?? "Attachment"} className="size-14 rounded-md object-cover" />
              <button
                type="button"
                aria-label={`Remove ${a.name ?? "image"}`}
                onClick={() => setAttachments((all) => all.filter((b) => b.key !== a.key))}
                className="absolute -top-1.5 -right-1.5 rounded-full bg-zinc-900 p-0.5 text-white"
              >
                <X className="size-3" />
              </button>
            </div>
          ))}
        </div>
      ) : null}
      <Textarea
        aria-label="Message"
        rows={2}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        placeholder="Ask anything… (Enter to send, Shift+Enter for a new line)"
        className="min-h-14 border-0 shadow-none focus-visible:ring-0 dark:bg-transparent"
      />
      <div className="flex items-center justify-between gap-2 pt-1">
        <div>
          <input
            ref={fileInput}
            type="file"
            accept={ACCEPTED.join(",")}
            multiple
            hidden
            onChange={(e) => void addFiles(e.target.files)}
          />
          <Button
            variant="ghost"
            size="sm"
            disabled={!canAttach || uploading || attachments.length >= MAX_IMAGES_PER_MESSAGE}
            loading={uploading}
            title={canAttach ? "Attach images" : "This model does not accept images"}
            onClick={() => fileInput.current?.click()}
          >
            {uploading ? null : <ImagePlus className="size-4" />} Image
          </Button>
        </div>
        {streaming ? (
          <Button variant="secondary" size="sm" onClick={onStop}>
            <Square className="size-3.5 fill-current" /> Stop
          </Button>
        ) : (
          <Button size="sm" disabled={!ready} onClick={submit}>
            <Send className="size-3.5" /> Send
          </Button>
        )}
      </div>
    </div>
  );
}

/** Uploaded to Kie when the upload route works; otherwise kept inline as a data URL. */
async function toAttachment(file: File): Promise<ChatAttachment> {
  const mime = file.type;
  try {
    const uploaded = await uploadImage(file);
    return { kind: "image", url: uploaded.url, mime, name: file.name };
  } catch {
    const url = await new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error);
      reader.readAsDataURL(file);
    });
    return { kind: "image", url, mime, name: file.name };
  }
}
