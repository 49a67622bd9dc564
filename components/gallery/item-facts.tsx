"use client";

import type { AssetDetails } from "@/app/api/v1/assets/details";
import { describeInput } from "@/components/forms/describe-input";
import { mediaFacts } from "@/components/media/media-facts";
import { formatDateTime } from "@/components/tasks/format";
import { LineageLink } from "@/components/tasks/lineage-link";
import type { GalleryItem } from "@/lib/dal/assets";

function formatBytes(bytes: number | null): string | null {
  if (!bytes) return null;
  return bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <div className="flex items-baseline justify-between gap-4 py-1">
      <dt className="shrink-0 text-zinc-500 dark:text-zinc-400">{label}</dt>
      <dd className="min-w-0 text-right break-words whitespace-pre-line">{value}</dd>
    </div>
  );
}

/** Model, credits, date, file facts, parameters and lineage of one result. */
export function ItemFacts({ item, details }: { item: GalleryItem; details: AssetDetails | undefined }) {
  const credits = details?.ledger.creditsCharged ?? item.credits;
  const file = [
    ...mediaFacts({ durationSec: item.durationSec, width: item.width, height: item.height }),
    item.mime ?? null,
    formatBytes(item.bytes),
  ].filter((v): v is string => !!v);
  const params = details ? describeInput(item.operationId, details.parameters, { omit: ["prompt"] }) : [];
  return (
    <div className="flex flex-col gap-4 text-sm">
      <dl className="divide-y divide-zinc-100 dark:divide-zinc-800" data-testid="gallery-item-facts">
        <Row
          label="Model"
          value={item.model ? `${item.model} · ${item.operationTitle}` : item.operationTitle}
        />
        <Row
          label="Credits"
          value={`${credits}${details && details.ledger.creditsCharged === null ? " (estimate)" : ""}`}
        />
        <Row label="Made" value={formatDateTime(item.createdAt)} />
        {file.length ? <Row label="File" value={file.join(" · ")} /> : null}
      </dl>
      {params.length ? (
        <section aria-label="Parameters" className="flex flex-col gap-1">
          <h3 className="text-xs font-semibold tracking-wide text-zinc-500 uppercase">Parameters</h3>
          <dl className="divide-y divide-zinc-100 dark:divide-zinc-800" data-testid="gallery-item-parameters">
            {params.map((p) => (
              <Row key={p.name} label={p.label} value={p.value} />
            ))}
          </dl>
        </section>
      ) : null}
      {details?.parent || details?.children.length ? (
        <section aria-label="Lineage" className="flex flex-col gap-2">
          <h3 className="text-xs font-semibold tracking-wide text-zinc-500 uppercase">Lineage</h3>
          {details.parent ? (
            <div className="flex flex-col gap-1">
              <p className="text-xs text-zinc-500">Made from</p>
              <LineageLink
                task={details.parent.task}
                asset={details.parent.asset}
                testId="gallery-lineage-parent"
              />
            </div>
          ) : null}
          {details.children.length ? (
            <div className="flex flex-col gap-1">
              <p className="text-xs text-zinc-500">Made from this</p>
              {details.children.map((child) => (
                <LineageLink key={child.id} task={child} testId="gallery-lineage-child" />
              ))}
            </div>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
