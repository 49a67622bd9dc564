"use client";

import { useQuery } from "@tanstack/react-query";
import { Download, FileText } from "lucide-react";
import type { ReactNode } from "react";
import { formatClock } from "@/components/tasks/format";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { AssetView } from "@/lib/dal/assets";
import { CopyButton } from "./copy-button";
import { parseTextContent, type TextContent, timedLines } from "./text-content";

async function fetchText(url: string): Promise<string> {
  const res = await fetch(url, { credentials: "same-origin" });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.text();
}

function Body({ content }: { content: TextContent }) {
  switch (content.type) {
    case "transcript":
      return (
        <ol data-testid="transcript" className="flex flex-col gap-2.5">
          {content.turns.map((turn, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: turns are fixed once the transcript exists
            <li key={i} className="flex flex-col gap-0.5">
              {turn.speaker ? (
                <span className="text-[11px] font-semibold tracking-wide text-brand-700 uppercase dark:text-brand-300">
                  {turn.speaker}
                  {turn.startS !== undefined ? (
                    <span className="ml-1.5 font-normal text-zinc-400 tabular-nums">
                      {formatClock(turn.startS)}
                    </span>
                  ) : null}
                </span>
              ) : null}
              <p className="leading-relaxed">{turn.text}</p>
            </li>
          ))}
        </ol>
      );
    case "timed-words":
      return (
        <ol className="flex flex-col gap-1">
          {timedLines(content.words).map((line) => (
            <li key={`${line.startS}-${line.text}`} className="flex gap-3">
              <span className="w-10 shrink-0 text-right text-xs text-zinc-400 tabular-nums">
                {formatClock(line.startS)}
              </span>
              <span>{line.text}</span>
            </li>
          ))}
        </ol>
      );
    case "fields":
      return (
        <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1">
          {content.fields.map((f) => (
            <div key={f.name} className="contents">
              <dt className="text-zinc-500 dark:text-zinc-400">{f.name}</dt>
              <dd className="break-words">{f.value}</dd>
            </div>
          ))}
        </dl>
      );
    case "json":
      return <pre className="overflow-x-auto font-mono text-xs">{content.text}</pre>;
    default:
      return <p className="leading-relaxed whitespace-pre-wrap">{content.text}</p>;
  }
}

function plainTextOf(content: TextContent): string {
  if (content.type === "transcript")
    return content.turns.map((t) => (t.speaker ? `${t.speaker}: ${t.text}` : t.text)).join("\n");
  if (content.type === "timed-words")
    return timedLines(content.words)
      .map((l) => l.text)
      .join("\n");
  if (content.type === "fields") return content.fields.map((f) => `${f.name}: ${f.value}`).join("\n");
  return content.text;
}

type TextResultProps = {
  asset: AssetView;
  /** Extra actions for this text, given its plain content ("Use these lyrics"). */
  actions?: (text: string) => ReactNode;
  className?: string;
};

/** A text result (lyrics, transcript, karaoke timing, persona) read from our own copy of the file. */
export function TextResult({ asset, actions, className }: TextResultProps) {
  const query = useQuery({
    queryKey: ["assets", "text", asset.assetId],
    queryFn: () => fetchText(asset.url),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const content = query.data === undefined ? undefined : parseTextContent(query.data, asset.mime);
  const plain = content ? plainTextOf(content) : "";
  return (
    <article
      data-testid="text-result"
      data-asset-id={asset.assetId}
      className={cn(
        "flex flex-col gap-2 rounded-xl border border-zinc-200/80 bg-zinc-50/70 p-3 dark:border-zinc-800 dark:bg-zinc-950/40",
        className,
      )}
    >
      <header className="flex items-start gap-2">
        <FileText aria-hidden className="mt-0.5 size-4 shrink-0 text-zinc-400" />
        <h4 className="min-w-0 flex-1 text-sm leading-snug font-medium break-words text-zinc-900 dark:text-zinc-100">
          {asset.title?.trim() || (content?.type === "transcript" ? "Transcript" : "Text")}
        </h4>
        {plain ? <CopyButton text={plain} label="Copy" tone="light" /> : null}
        <a
          href={asset.downloadUrl}
          download
          aria-label="Download text"
          className={buttonClasses("ghost", "sm", "h-7 px-2 text-zinc-500 dark:text-zinc-400")}
        >
          <Download aria-hidden />
        </a>
      </header>
      <div className="max-h-80 overflow-y-auto text-[13px] text-zinc-700 select-text dark:text-zinc-300">
        {content ? (
          <Body content={content} />
        ) : query.isError ? (
          <p className="text-red-600 dark:text-red-400">This text could not be loaded. Try downloading it.</p>
        ) : (
          <div aria-busy className="flex flex-col gap-1.5">
            <div className="h-3 w-3/4 animate-pulse rounded bg-zinc-200 dark:bg-zinc-800" />
            <div className="h-3 w-1/2 animate-pulse rounded bg-zinc-200 dark:bg-zinc-800" />
          </div>
        )}
      </div>
      {content && actions ? (
        <div className="flex flex-wrap gap-2">{actions(content.type === "plain" ? content.text : plain)}</div>
      ) : null}
    </article>
  );
}
