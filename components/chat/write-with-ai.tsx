"use client";

import { Sparkles } from "lucide-react";
import { useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";

export type LyricsResult = { lyrics: string; style: string; title: string };
export type PromptResult = { prompt: string };

type Props =
  | { kind: "lyrics"; context?: string; onResult: (result: LyricsResult) => void; label?: string }
  | { kind: "prompt"; context?: string; onResult: (result: PromptResult) => void; label?: string };

/**
 * "Write with AI" for studio forms: a short idea in, lyrics + style + title (Music) or an expanded
 * prompt (Image, Video) out. The caller puts the result into its form, where it stays editable.
 */
export function WriteWithAi(props: Props) {
  const [open, setOpen] = useState(false);
  const [idea, setIdea] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent | KeyboardEvent) => {
      if (e instanceof KeyboardEvent ? e.key === "Escape" : !root.current?.contains(e.target as Node))
        setOpen(false);
    };
    document.addEventListener("mousedown", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("mousedown", close);
      document.removeEventListener("keydown", close);
    };
  }, [open]);

  const write = async () => {
    setPending(true);
    setError(null);
    try {
      const res = await fetch("/api/v1/chat/assist", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ kind: props.kind, idea, context: props.context || undefined }),
      });
      const body = (await res.json().catch(() => null)) as
        | (LyricsResult & PromptResult & { error?: { message?: string } })
        | null;
      if (!res.ok || !body) throw new Error(body?.error?.message ?? "Writing failed; try again");
      if (props.kind === "lyrics")
        props.onResult({ lyrics: body.lyrics, style: body.style, title: body.title });
      else props.onResult({ prompt: body.prompt });
      setOpen(false);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setPending(false);
    }
  };

  return (
    <div ref={root} className="relative inline-block">
      <Button
        variant="secondary"
        size="sm"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((v) => !v)}
      >
        <Sparkles className="size-3.5" /> {props.label ?? "Write with AI"}
      </Button>
      {open ? (
        <div
          id={panelId}
          role="dialog"
          aria-label={props.kind === "lyrics" ? "Write lyrics with AI" : "Write a prompt with AI"}
          className="absolute right-0 z-30 mt-2 flex w-80 flex-col gap-2 rounded-xl border border-zinc-200 bg-white p-3 shadow-lg dark:border-zinc-800 dark:bg-zinc-900"
        >
          <Textarea
            aria-label={props.kind === "lyrics" ? "Song idea" : "Idea"}
            rows={3}
            maxLength={2000}
            value={idea}
            autoFocus
            onChange={(e) => setIdea(e.target.value)}
            placeholder={
              props.kind === "lyrics" ? "A summer road trip with old friends…" : "A lighthouse in a storm…"
            }
          />
          {error ? (
            <p role="alert" className="text-xs text-red-600 dark:text-red-400">
              {error}
            </p>
          ) : null}
          <div className="flex justify-end">
            <Button size="sm" loading={pending} disabled={!idea.trim()} onClick={() => void write()}>
              {props.kind === "lyrics" ? "Write lyrics" : "Write prompt"}
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
