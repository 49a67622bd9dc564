import type { Metadata } from "next";
import { GalleryView } from "@/components/media/gallery-view";
import { PageHeader } from "@/components/tasks/page-header";
import { listAssetsForUser } from "@/lib/dal/assets";
import { ASSET_PAGE_SIZE } from "@/lib/queries/page-sizes";
import { requireUser } from "@/lib/session";

export const metadata: Metadata = { title: "Gallery" };

const KINDS = ["image", "video", "audio", "text", "midi"] as const;

type GalleryPageProps = { searchParams: Promise<{ kind?: string | string[] }> };

export default async function GalleryPage({ searchParams }: GalleryPageProps) {
  const user = await requireUser();
  const { kind: rawKind } = await searchParams;
  const kind = KINDS.find((k) => k === rawKind) ?? "all";
  const initialPage = await listAssetsForUser(user.id, {
    limit: ASSET_PAGE_SIZE,
    kind: kind === "all" ? undefined : kind,
  });
  return (
    <>
      <PageHeader
        title="Gallery"
        description="Everything you have made, kept in your own storage: play, zoom and download."
      />
      <GalleryView initialKind={kind} initialPage={initialPage} />
    </>
  );
}
