"use client";

import { Music } from "lucide-react";
import { type ReactNode, useState } from "react";
import { cn } from "@/components/ui/cn";

function hueOf(seed: string): number {
  let h = 0;
  for (const ch of seed) h = (h * 31 + ch.charCodeAt(0)) % 360;
  return h;
}

/** Generated cover art, stable per seed, for songs whose artwork is missing or fails to load. */
export function gradientFor(seed: string): string {
  const h = hueOf(seed);
  return `linear-gradient(135deg, hsl(${h} 75% 62%), hsl(${(h + 50) % 360} 70% 42%) 60%, hsl(${(h + 90) % 360} 65% 28%))`;
}

type CoverArtProps = {
  src: string | null;
  seed: string;
  alt?: string;
  className?: string;
  children?: ReactNode;
};

export function CoverArt({ src, seed, alt = "", className, children }: CoverArtProps) {
  const [broken, setBroken] = useState(false);
  const showImage = src && !broken;
  return (
    <div
      className={cn("relative shrink-0 overflow-hidden bg-zinc-200 dark:bg-zinc-800", className)}
      style={showImage ? undefined : { backgroundImage: gradientFor(seed) }}
    >
      {showImage ? (
        // biome-ignore lint/performance/noImgElement: our own asset route serves and caches the file
        <img
          src={src}
          alt={alt}
          loading="lazy"
          onError={() => setBroken(true)}
          className="size-full object-cover"
        />
      ) : (
        <Music aria-hidden className="absolute inset-0 m-auto size-2/5 text-white/70" />
      )}
      {children}
    </div>
  );
}
