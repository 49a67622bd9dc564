"use client";

import { Check, Copy } from "lucide-react";
import { useState } from "react";
import { cn, focusRing } from "@/components/ui/cn";

export function CopyButton({
  text,
  label = "Copy",
  tone = "dark",
  className,
}: {
  text: string;
  label?: string;
  /** "dark" for the lightbox panel, "light" for cards on the page. */
  tone?: "dark" | "light";
  className?: string;
}) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(text);
          setCopied(true);
          setTimeout(() => setCopied(false), 1500);
        } catch {
          // Clipboard access can be refused (insecure origin); the text stays selectable.
        }
      }}
      className={cn(
        "inline-flex shrink-0 items-center gap-1 rounded-md px-1.5 py-0.5 text-xs font-medium",
        tone === "dark"
          ? "text-zinc-400 hover:bg-white/10 hover:text-white"
          : "text-zinc-500 hover:bg-zinc-100 hover:text-zinc-800 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-zinc-100",
        focusRing,
        "focus-visible:ring-offset-0",
        className,
      )}
    >
      {copied ? <Check aria-hidden className="size-3.5" /> : <Copy aria-hidden className="size-3.5" />}
      {copied ? "Copied" : label}
    </button>
  );
}
