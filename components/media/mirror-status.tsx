"use client";

import { useEffect, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { describeMirrorStatus, type MirrorStatusInput } from "@/lib/assets/mirror-status";

/**
 * Whether a result is saved in the studio, or how long until Kie deletes the only copy. Re-renders
 * each minute so the countdown stays true on a page left open.
 */
export function MirrorStatus({ asset, className }: { asset: MirrorStatusInput; className?: string }) {
  const [now, setNow] = useState(() => Date.now());
  const ticking = asset.mirrorStatus !== "mirrored" && asset.expiresAt !== null;
  useEffect(() => {
    if (!ticking) return;
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, [ticking]);
  const status = describeMirrorStatus(asset, now);
  return (
    <Badge tone={status.tone} dot title={status.detail} className={className}>
      {status.label}
      <span className="sr-only">. {status.detail}</span>
    </Badge>
  );
}
