"use client";

import { MirrorStatus } from "@/components/media/mirror-status";
import { ShareButton } from "@/components/share/share-button";
import type { AssetView } from "@/lib/dal/assets";

/** Each result's file: saved in the studio (or how long Kie keeps it), and a way to share it. */
export function TaskFiles({ outputs }: { outputs: AssetView[] }) {
  if (outputs.length === 0) return null;
  return (
    <ul data-testid="task-files" className="flex flex-col divide-y divide-zinc-100 dark:divide-zinc-800">
      {outputs.map((asset, i) => (
        <li key={asset.assetId} className="flex items-center gap-3 py-2 text-sm">
          <span className="min-w-0 flex-1 truncate text-zinc-700 dark:text-zinc-300">
            {asset.title ?? `${asset.kind} ${i + 1}`}
          </span>
          <MirrorStatus asset={asset} />
          <ShareButton item={{ assetId: asset.assetId }} variant="ghost" size="sm" />
        </li>
      ))}
    </ul>
  );
}
