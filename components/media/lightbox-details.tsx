"use client";

import { useQuery } from "@tanstack/react-query";
import { ArrowRight, Download } from "lucide-react";
import Link from "next/link";
import { describeInput } from "@/components/forms/describe-input";
import { formatDateTime } from "@/components/tasks/format";
import { buttonClasses } from "@/components/ui/button";
import { getOperation } from "@/lib/ops/registry";
import { taskQueryOptions } from "@/lib/queries/tasks";
import { CopyButton } from "./copy-button";
import { useFollowUps } from "./follow-up-menu";
import type { ImageEntry } from "./image-entry";
import { useCloseLightbox } from "./lightbox-context";

function formatBytes(bytes: number | null): string | null {
  if (!bytes) return null;
  return bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** "14 s", "2 min 5 s": how long the generation took, from submission to the last result. */
function madeIn(createdAt: string | undefined, finishedAt: string | null | undefined): string | null {
  if (!createdAt || !finishedAt) return null;
  const seconds = Math.round((Date.parse(finishedAt) - Date.parse(createdAt)) / 1000);
  if (!Number.isFinite(seconds) || seconds < 0) return null;
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <div className="flex items-baseline justify-between gap-4 py-1.5">
      <dt className="shrink-0 text-zinc-400">{label}</dt>
      <dd className="min-w-0 text-right break-words whitespace-pre-line text-zinc-100">{value}</dd>
    </div>
  );
}

/** The prompt and settings that made the image on screen, plus its download. */
export function LightboxDetails({ entry }: { entry: ImageEntry }) {
  const { asset, operationId, prompt } = entry;
  // The task holds what the entry may lack: its input (gallery entries), timing and lineage.
  const task = useQuery(taskQueryOptions(asset.taskId));
  const input = entry.input ?? task.data?.input;
  const op = getOperation(operationId);
  const followUps = useFollowUps({ assetId: asset.assetId, kind: asset.kind, operationId });
  const close = useCloseLightbox();
  const took = madeIn(task.data?.createdAt, task.data?.finishedAt);
  const params = input ? describeInput(operationId, input, { omit: ["prompt"] }) : [];
  const file = [
    asset.width && asset.height ? `${asset.width} × ${asset.height}` : null,
    asset.mime?.replace("image/", "").toUpperCase(),
    formatBytes(asset.bytes),
  ].filter(Boolean);

  return (
    <aside
      data-testid="lightbox-details"
      aria-label="Image details"
      className="flex max-h-[42dvh] shrink-0 flex-col gap-5 overflow-y-auto border-t border-white/10 bg-zinc-900 px-5 py-5 text-sm text-zinc-300 lg:max-h-none lg:w-[22rem] lg:border-t-0 lg:border-l"
    >
      <div className="flex flex-col gap-1">
        <p className="text-xs font-medium tracking-wider text-zinc-500 uppercase">
          {op?.title ?? operationId}
        </p>
        <p className="text-base font-semibold text-white">{op?.model ?? "Image"}</p>
      </div>

      {prompt ? (
        <section className="order-2 flex flex-col gap-2">
          <div className="flex items-center justify-between">
            <h2 className="text-xs font-medium tracking-wider text-zinc-500 uppercase">Prompt</h2>
            <CopyButton text={prompt} label="Copy prompt" />
          </div>
          <p className="leading-relaxed whitespace-pre-line text-zinc-100 select-text">{prompt}</p>
        </section>
      ) : null}

      <section className="order-3 flex flex-col gap-1">
        <h2 className="text-xs font-medium tracking-wider text-zinc-500 uppercase">Parameters</h2>
        <dl className="divide-y divide-white/5 text-[13px]">
          <Row label="Model" value={op?.model ?? operationId} />
          {params.map((p) => (
            <Row key={p.name} label={p.label} value={p.value} />
          ))}
          {!input && task.isPending ? <Row label="Settings" value="Loading…" /> : null}
          {file.length ? <Row label="File" value={file.join(" · ")} /> : null}
          <Row label="Created" value={formatDateTime(asset.createdAt)} />
          {took ? <Row label="Made in" value={took} /> : null}
        </dl>
        <div className="flex flex-wrap gap-x-4 gap-y-1 pt-1 text-[13px]">
          <Link
            href={`/tasks/${asset.taskId}`}
            onClick={close}
            data-testid="lightbox-task-link"
            className="text-brand-300 underline-offset-2 hover:underline"
          >
            Open task
          </Link>
          {task.data?.parentTaskId ? (
            <Link
              href={`/tasks/${task.data.parentTaskId}`}
              onClick={close}
              className="text-brand-300 underline-offset-2 hover:underline"
            >
              Made from an earlier result
            </Link>
          ) : null}
        </div>
      </section>

      {followUps.length ? (
        <section aria-label="Use as source" className="order-4 flex flex-col gap-1.5">
          <h2 className="text-xs font-medium tracking-wider text-zinc-500 uppercase">Use as source</h2>
          <ul className="flex max-h-64 flex-col gap-1 overflow-y-auto">
            {followUps.map((link) => (
              <li key={link.operationId}>
                <Link
                  href={link.href}
                  onClick={close}
                  data-testid="lightbox-follow-up"
                  className="group flex items-center justify-between gap-3 rounded-lg bg-white/5 px-3 py-2 text-[13px] text-zinc-100 hover:bg-white/10 focus-visible:bg-white/10 focus-visible:outline-hidden"
                >
                  <span className="min-w-0 truncate">
                    <span className="font-medium">{link.label}</span>
                    {link.detail ? <span className="text-zinc-400"> · {link.detail}</span> : null}
                  </span>
                  <ArrowRight
                    aria-hidden
                    className="size-3.5 shrink-0 text-zinc-500 group-hover:text-zinc-200"
                  />
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {/* On phones the download sits right under the title, above the fold; on desktop it anchors the panel. */}
      <a
        href={asset.downloadUrl}
        download
        className={buttonClasses("primary", "md", "order-1 w-full lg:order-last lg:mt-auto")}
      >
        <Download aria-hidden />
        Download
      </a>
    </aside>
  );
}
