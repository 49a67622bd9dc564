import type { Metadata } from "next";
import { ImageStudio } from "@/components/media/image-studio";
import { PageHeader } from "@/components/tasks/page-header";
import { loadStudioPage, type StudioSearchParams } from "../studio-page";

export const metadata: Metadata = { title: "Image" };

export default async function ImagePage({ searchParams }: { searchParams: StudioSearchParams }) {
  const { key, props } = await loadStudioPage("image", searchParams);
  return (
    <>
      <PageHeader
        title="Image"
        description="Pick a model, describe the picture and compare the results side by side."
      />
      <ImageStudio key={key} {...props} />
    </>
  );
}
