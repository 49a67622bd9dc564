"use client";

import { ChevronDown } from "lucide-react";
import { useId, useState } from "react";
import { cn, focusRing } from "@/components/ui/cn";

/** Style tags always visible; the lyrics fold open on demand. */
export function LyricsToggle({ tags, lyrics }: { tags?: string; lyrics?: string }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="flex flex-col gap-1.5 px-1">
      <div className="flex items-center gap-3">
        {tags ? (
          <p className="min-w-0 flex-1 truncate text-xs text-zinc-500 dark:text-zinc-400">{tags}</p>
        ) : null}
        {lyrics ? (
          <button
            type="button"
            aria-expanded={open}
            aria-controls={id}
            onClick={() => setOpen((v) => !v)}
            className={cn(
              "ml-auto inline-flex shrink-0 items-center gap-1 rounded text-xs font-medium text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100",
              focusRing,
            )}
          >
            Lyrics
            <ChevronDown aria-hidden className={cn("size-3.5 transition-transform", open && "rotate-180")} />
          </button>
        ) : null}
      </div>
      {lyrics && open ? (
        <div
          id={id}
          className="max-h-64 overflow-y-auto rounded-lg bg-white px-3 py-2.5 text-[13px] leading-relaxed whitespace-pre-line text-zinc-700 ring-1 ring-zinc-200/80 dark:bg-zinc-900 dark:text-zinc-300 dark:ring-zinc-800"
        >
          {lyrics}
        </div>
      ) : null}
    </div>
  );
}
