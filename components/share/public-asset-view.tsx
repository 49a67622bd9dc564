import { Download } from "lucide-react";
import { buttonClasses } from "@/components/ui/button";
import type { PublicAsset } from "@/lib/shares/public-view";

function formatDuration(sec: number): string {
  const s = Math.round(sec);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

/** One shared result, read-only: the player or picture, and the details the owner chose to share. */
export function PublicAssetView({ asset }: { asset: PublicAsset }) {
  const facts = [
    asset.model,
    asset.width && asset.height ? `${asset.width}×${asset.height}` : null,
    asset.durationSec ? formatDuration(asset.durationSec) : null,
    new Date(asset.createdAt).toLocaleDateString("en-US", { dateStyle: "medium" }),
  ].filter(Boolean);
  return (
    <article className="flex flex-col gap-4" data-testid="public-asset">
      <div className="overflow-hidden rounded-xl border border-zinc-200/80 bg-white dark:border-zinc-800 dark:bg-zinc-900">
        {asset.kind === "image" ? (
          // biome-ignore lint/performance/noImgElement: bytes come from the share route, not an optimizable source
          <img
            src={asset.url}
            alt={asset.title ?? asset.prompt ?? "Shared image"}
            className="w-full object-contain"
          />
        ) : asset.kind === "video" ? (
          <video
            src={asset.url}
            poster={asset.posterUrl ?? undefined}
            controls
            playsInline
            preload="metadata"
            className="w-full bg-black"
          >
            <track kind="captions" />
          </video>
        ) : asset.kind === "audio" ? (
          <div className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center">
            {asset.posterUrl ? (
              // biome-ignore lint/performance/noImgElement: bytes come from the share route
              <img src={asset.posterUrl} alt="" className="size-32 rounded-lg object-cover" />
            ) : null}
            {/* biome-ignore lint/a11y/useMediaCaption: generated music has no caption track */}
            <audio src={asset.url} controls preload="metadata" className="w-full" />
          </div>
        ) : (
          <p className="p-4 text-sm text-zinc-500">A {asset.kind} file — download it to open.</p>
        )}
      </div>
      <div className="flex flex-wrap items-start gap-4">
        <div className="flex min-w-0 flex-1 flex-col gap-2 text-sm">
          {asset.title ? (
            <h2 className="font-medium text-zinc-900 dark:text-zinc-100">{asset.title}</h2>
          ) : null}
          <p className="text-xs text-zinc-500">{facts.join(" · ")}</p>
          {asset.prompt ? (
            <p className="whitespace-pre-wrap text-zinc-700 dark:text-zinc-300">{asset.prompt}</p>
          ) : null}
          {asset.lyrics ? (
            <details>
              <summary className="cursor-pointer text-zinc-600 dark:text-zinc-400">Lyrics</summary>
              <p className="mt-2 whitespace-pre-wrap text-zinc-700 dark:text-zinc-300">{asset.lyrics}</p>
            </details>
          ) : null}
        </div>
        <a href={asset.downloadUrl} className={buttonClasses("secondary")} download>
          <Download aria-hidden />
          Download
        </a>
      </div>
    </article>
  );
}
