/** Square placeholders in the gallery's grid while a page loads. */
export function GallerySkeleton({ count = 10 }: { count?: number }) {
  return (
    <div aria-hidden className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4 xl:grid-cols-5">
      {Array.from({ length: count }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders
        <div key={i} className="aspect-square animate-pulse rounded-xl bg-zinc-200/70 dark:bg-zinc-800/70" />
      ))}
    </div>
  );
}
