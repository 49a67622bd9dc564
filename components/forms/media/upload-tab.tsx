"use client";

import { CheckCircle2, Upload } from "lucide-react";
import { type DragEvent, useId, useState } from "react";
import { cn } from "@/components/ui/cn";
import { Progress } from "@/components/ui/progress";
import { acceptFor, formatBytes, precheckFile, UPLOAD_CAPS, type UploadKind } from "@/lib/uploads/limits";
import { KIND_NOUN, rememberUpload } from "./media-values";
import { uploadFile } from "./upload-client";

type Entry = { id: string; name: string; bytes: number; progress: number; error?: string; done?: boolean };

type UploadTabProps = {
  /** The kind the field takes; undefined accepts any media. */
  kind?: UploadKind;
  /** How many files may still be added. */
  room: number;
  /** Called once per batch with the Kie URLs of the files that made it; `failed` when some did not. */
  onUploaded: (urls: string[], failed: boolean) => void;
};

let counter = 0;

/** A drop zone and file chooser: each file is pre-checked here, then uploaded with progress. */
export function UploadTab({ kind, room, onUploaded }: UploadTabProps) {
  const inputId = useId();
  const [entries, setEntries] = useState<Entry[]>([]);
  const [dragging, setDragging] = useState(false);
  const busy = entries.some((e) => !e.done && !e.error);
  const noun = kind ? KIND_NOUN[kind] : "file";

  const patch = (id: string, change: Partial<Entry>) =>
    setEntries((list) => list.map((e) => (e.id === id ? { ...e, ...change } : e)));

  async function start(files: File[]) {
    if (busy || files.length === 0) return;
    const batch = files
      .slice(0, room)
      .map((file) => ({ file, id: `u${++counter}`, refusal: precheckFile(file, kind) }));
    setEntries(
      batch.map(({ file, id, refusal }) => ({
        id,
        name: file.name,
        bytes: file.size,
        progress: 0,
        error: refusal?.message,
      })),
    );
    const results = await Promise.all(
      batch.map(async ({ file, id, refusal }) => {
        if (refusal) return undefined;
        try {
          const done = await uploadFile(file, { kind, onProgress: (p) => patch(id, { progress: p * 100 }) });
          rememberUpload(done.url, {
            fileName: done.fileName,
            kind: done.kind,
            bytes: done.bytes,
            previewUrl: done.kind === "image" ? URL.createObjectURL(file) : undefined,
          });
          patch(id, { progress: 100, done: true });
          return done.url;
        } catch (err) {
          patch(id, { error: err instanceof Error ? err.message : "The upload failed" });
          return undefined;
        }
      }),
    );
    const urls = results.filter((u): u is string => Boolean(u));
    onUploaded(urls, urls.length < batch.length || files.length > room);
  }

  function onDrop(event: DragEvent<HTMLLabelElement>) {
    event.preventDefault();
    setDragging(false);
    void start([...event.dataTransfer.files]);
  }

  return (
    <div className="flex flex-col gap-3">
      <label
        htmlFor={inputId}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={cn(
          "flex cursor-pointer flex-col items-center gap-2 rounded-xl border-2 border-dashed px-4 py-8 text-center transition-colors",
          "has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-500",
          dragging
            ? "border-brand-500 bg-brand-50 dark:bg-brand-500/10"
            : "border-zinc-300 hover:border-zinc-400 dark:border-zinc-700 dark:hover:border-zinc-600",
          busy && "pointer-events-none opacity-60",
        )}
      >
        <Upload aria-hidden className="size-6 text-zinc-400" />
        <span className="font-medium text-zinc-800 dark:text-zinc-100">
          Drop {room > 1 ? `${noun}s` : `a ${noun}`} here or click to choose
        </span>
        <span className="text-xs text-zinc-500 dark:text-zinc-400">
          {kind ? `Up to ${formatBytes(UPLOAD_CAPS[kind])}` : "Images, audio or video"}
          {room > 1 ? ` · at most ${room} files` : ""}. Uploaded to Kie, where it is kept for a few days.
        </span>
        <input
          id={inputId}
          type="file"
          accept={acceptFor(kind)}
          multiple={room > 1}
          disabled={busy || room === 0}
          className="sr-only"
          data-testid="media-upload-input"
          onChange={(e) => {
            void start([...(e.target.files ?? [])]);
            e.target.value = "";
          }}
        />
      </label>
      {entries.length ? (
        <ul className="flex flex-col gap-2" aria-live="polite">
          {entries.map((e) => (
            <li key={e.id} className="flex flex-col gap-1">
              <div className="flex items-center justify-between gap-2 text-xs">
                <span className="truncate font-medium text-zinc-700 dark:text-zinc-300">{e.name}</span>
                <span className="shrink-0 text-zinc-500">
                  {e.done ? (
                    <CheckCircle2 aria-label="Uploaded" className="size-4 text-emerald-600" />
                  ) : e.error ? null : (
                    `${Math.round(e.progress)} %`
                  )}
                </span>
              </div>
              {e.error ? (
                <p className="text-xs text-red-600 dark:text-red-400">{e.error}</p>
              ) : e.done ? null : (
                <Progress value={e.progress} label={`Uploading ${e.name}`} />
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
