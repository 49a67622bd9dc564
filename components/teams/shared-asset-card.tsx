import { Download } from "lucide-react";
import type { ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button";
import type { AssetView } from "@/lib/dal/assets";

/** One shared result: its media (served by the access-checked asset route), title and download. */
export function SharedAssetCard({
  asset,
  caption,
  actions,
}: {
  asset: AssetView;
  caption?: string | null;
  actions?: ReactNode;
}) {
  return (
    <figure className="flex flex-col overflow-hidden rounded-lg border border-zinc-200/80 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <AssetMedia asset={asset} />
      <figcaption className="flex items-start gap-2 p-3 text-sm">
        <div className="flex min-w-0 flex-1 flex-col gap-0.5">
          <span className="truncate font-medium text-zinc-900 dark:text-zinc-100">
            {asset.title || asset.kind}
          </span>
          {caption ? <span className="line-clamp-2 text-xs text-zinc-500">{caption}</span> : null}
        </div>
        <a href={asset.downloadUrl} className={buttonClasses("ghost", "icon")} aria-label="Download" download>
          <Download aria-hidden />
        </a>
        {actions}
      </figcaption>
    </figure>
  );
}

function AssetMedia({ asset }: { asset: AssetView }) {
  if (asset.kind === "image")
    return (
      // biome-ignore lint/performance/noImgElement: served by our own access-checked route, not optimizable
      <img
        src={asset.thumbUrl ?? asset.url}
        alt={asset.title ?? "Shared image"}
        className="aspect-square w-full object-cover"
      />
    );
  if (asset.kind === "video")
    return (
      <video
        src={asset.url}
        poster={asset.posterUrl ?? undefined}
        controls
        preload="metadata"
        className="aspect-video w-full bg-black"
      >
        <track kind="captions" />
      </video>
    );
  if (asset.kind === "audio")
    return (
      <div className="flex flex-col gap-2 p-3">
        {asset.posterUrl ? (
          // biome-ignore lint/performance/noImgElement: served by our own access-checked route
          <img src={asset.posterUrl} alt="" className="aspect-square w-full rounded-md object-cover" />
        ) : null}
        {/* biome-ignore lint/a11y/useMediaCaption: generated music has no caption track */}
        <audio src={asset.url} controls preload="none" className="w-full" />
      </div>
    );
  return (
    <div className="flex aspect-video items-center justify-center bg-zinc-50 text-xs text-zinc-500 dark:bg-zinc-800">
      {asset.kind}
    </div>
  );
}
