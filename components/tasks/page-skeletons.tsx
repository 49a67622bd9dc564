import type { ReactNode } from "react";
import { GallerySkeleton } from "@/components/media/gallery-skeleton";
import { PageHeader } from "./page-header";

const block = "animate-pulse rounded-lg bg-zinc-200/70 dark:bg-zinc-800/70";

function FormSkeleton() {
  return (
    <div className="flex flex-col gap-5 rounded-xl border border-zinc-200/80 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900/70">
      <div className={`${block} h-5 w-40`} />
      <div className={`${block} h-8 w-44`} />
      <div className={`${block} h-32 w-full`} />
      <div className={`${block} h-9 w-full`} />
      <div className={`${block} h-11 w-full rounded-xl`} />
    </div>
  );
}

function CardSkeleton() {
  return (
    <div className="flex flex-col gap-3 rounded-xl border border-zinc-200/80 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900/70">
      <div className={`${block} h-4 w-1/2`} />
      <div className={`${block} h-4 w-4/5`} />
      <div className={`${block} h-[4.75rem] w-full rounded-xl`} />
    </div>
  );
}

function TwoColumn({ aside }: { aside: ReactNode }) {
  return (
    <div aria-busy className="grid items-start gap-8 lg:grid-cols-[minmax(0,26rem)_minmax(0,1fr)]">
      <FormSkeleton />
      <div className="flex flex-col gap-4">
        <div className={`${block} h-5 w-28`} />
        {aside}
      </div>
    </div>
  );
}

export function MusicPageSkeleton() {
  return (
    <>
      <PageHeader
        title="Music"
        description="Write a song, then keep going: extend it, cover it, split it into stems or give it a video."
      />
      <TwoColumn aside={[0, 1, 2].map((i) => <CardSkeleton key={i} />)} />
    </>
  );
}

export function ImagePageSkeleton() {
  return (
    <>
      <PageHeader
        title="Image"
        description="Pick a model, describe the picture and compare the results side by side."
      />
      <TwoColumn
        aside={
          <div className="grid grid-cols-2 gap-3 sm:grid-cols-3">
            {[0, 1, 2, 3, 4, 5].map((i) => (
              <div key={i} className={`${block} aspect-square rounded-xl`} />
            ))}
          </div>
        }
      />
    </>
  );
}

export function VideoPageSkeleton() {
  return (
    <>
      <PageHeader
        title="Video"
        description="Pick a model from Veo, Runway, Kling and more, describe the shot and watch the clips."
      />
      <TwoColumn
        aside={
          <div className="grid gap-4 sm:grid-cols-2">
            {[0, 1, 2, 3].map((i) => (
              <div key={i} className={`${block} aspect-video rounded-xl`} />
            ))}
          </div>
        }
      />
    </>
  );
}

export function AudioPageSkeleton() {
  return (
    <>
      <PageHeader
        title="Audio"
        description="Speech, dialogue, sound effects and transcripts from ElevenLabs."
      />
      <TwoColumn aside={[0, 1, 2].map((i) => <CardSkeleton key={i} />)} />
    </>
  );
}

export function TaskDetailSkeleton() {
  return (
    <div aria-busy className="flex flex-col gap-6">
      <div className={`${block} h-4 w-24`} />
      <div className={`${block} h-8 w-72`} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className={`${block} h-72 w-full rounded-xl`} />
        <div className={`${block} h-72 w-full rounded-xl`} />
      </div>
    </div>
  );
}

export function TasksPageSkeleton() {
  return (
    <>
      <PageHeader
        title="Tasks"
        description="Every generation you started, with its status, timing and any error."
      />
      <div
        aria-busy
        className="divide-y divide-zinc-100 rounded-xl border border-zinc-200/80 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900/70"
      >
        {[0, 1, 2, 3, 4, 5].map((i) => (
          <div key={i} className="flex items-center gap-4 px-4 py-4">
            <div className={`${block} h-5 w-24`} />
            <div className={`${block} h-4 flex-1`} />
            <div className={`${block} hidden h-4 w-16 md:block`} />
          </div>
        ))}
      </div>
    </>
  );
}

export function GalleryPageSkeleton() {
  return (
    <>
      <PageHeader
        title="Gallery"
        description="Everything you have made, kept in your own storage: play, zoom and download."
      />
      <div aria-busy className="flex flex-col gap-5">
        <div className={`${block} h-8 w-56 rounded-full`} />
        <GallerySkeleton />
      </div>
    </>
  );
}
