import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PublicAssetView } from "@/components/share/public-asset-view";
import { env } from "@/lib/env";
import { loadPublicShare, type PublicAsset } from "@/lib/shares/public-view";

export const dynamic = "force-dynamic";

type SharePageProps = { params: Promise<{ token: string }> };

const absolute = (path: string) => `${env.appUrl}${path}`;

function summarize(a: PublicAsset): string {
  const text = a.prompt || a.lyrics || `${a.kind} made with Kie Studio`;
  return text.length > 200 ? `${text.slice(0, 197)}…` : text;
}

/** Link previews in chat apps: title, description, picture, and the playable file where there is one. */
export async function generateMetadata({ params }: SharePageProps): Promise<Metadata> {
  const { token } = await params;
  const share = await loadPublicShare(token);
  if (!share) return { title: "Not found", robots: { index: false } };
  const first = share.kind === "asset" ? share.asset : share.assets[0];
  const title = share.kind === "asset" ? first.title || first.model || "Shared result" : share.name;
  const description = first ? summarize(first) : "A shared collection";
  const picture = first && (first.kind === "image" ? first.url : (first.posterUrl ?? first.thumbUrl));
  return {
    title,
    description,
    robots: { index: false },
    openGraph: {
      title,
      description,
      siteName: "Kie Studio",
      type: first?.kind === "video" ? "video.other" : first?.kind === "audio" ? "music.song" : "website",
      ...(picture ? { images: [{ url: absolute(picture), alt: title }] } : {}),
      ...(first?.kind === "video"
        ? { videos: [{ url: absolute(first.url), type: first.mime ?? "video/mp4" }] }
        : {}),
      ...(first?.kind === "audio"
        ? { audio: [{ url: absolute(first.url), type: first.mime ?? "audio/mpeg" }] }
        : {}),
    },
    twitter: { card: picture ? "summary_large_image" : "summary", title, description },
  };
}

export default async function SharePage({ params }: SharePageProps) {
  const { token } = await params;
  const share = await loadPublicShare(token);
  if (!share) notFound();
  return (
    <main className="mx-auto flex min-h-dvh w-full max-w-4xl flex-col gap-6 px-4 py-10">
      <header className="flex flex-col gap-1">
        <p className="text-xs font-medium tracking-wider text-zinc-500 uppercase">Shared from Kie Studio</p>
        <h1 className="text-2xl font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">
          {share.kind === "asset" ? share.asset.title || share.asset.model || "Shared result" : share.name}
        </h1>
      </header>
      {share.kind === "asset" ? (
        <PublicAssetView asset={share.asset} />
      ) : share.assets.length ? (
        <div className="flex flex-col gap-8">
          {share.assets.map((a) => (
            <PublicAssetView key={a.id} asset={a} />
          ))}
        </div>
      ) : (
        <p className="text-sm text-zinc-500">This collection is empty.</p>
      )}
    </main>
  );
}
