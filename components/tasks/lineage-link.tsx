import { ChevronRight, FileText, Image as ImageIcon, Music, Video } from "lucide-react";
import Link from "next/link";
import { promptOf } from "@/components/forms/describe-input";
import { cn, focusRing } from "@/components/ui/cn";
import type { AssetView } from "@/lib/dal/assets";
import type { TaskView } from "@/lib/dal/tasks";
import { RelativeTime } from "./relative-time";
import { TaskStatusBadge } from "./task-status-badge";

const KIND_ICONS = { image: ImageIcon, audio: Music, video: Video } as const;

function Preview({ asset }: { asset: AssetView | null }) {
  const src = asset
    ? (asset.thumbUrl ?? asset.posterUrl ?? (asset.kind === "image" ? asset.url : null))
    : null;
  if (src) {
    // biome-ignore lint/performance/noImgElement: a thumbnail from our own asset route
    return <img src={src} alt="" className="size-12 shrink-0 rounded-lg object-cover" />;
  }
  const Icon = (asset && KIND_ICONS[asset.kind as keyof typeof KIND_ICONS]) || FileText;
  return (
    <span className="flex size-12 shrink-0 items-center justify-center rounded-lg bg-brand-50 text-brand-600 ring-1 ring-brand-100 dark:bg-brand-500/10 dark:text-brand-300 dark:ring-brand-500/20">
      <Icon aria-hidden className="size-5" />
    </span>
  );
}

/** Another task in the lineage, as a row that opens its own page. */
export function LineageLink({
  task,
  asset,
  testId,
}: {
  task: TaskView;
  /** The particular result involved (the parent's asset this task started from). */
  asset?: AssetView | null;
  testId: string;
}) {
  const shown = asset ?? task.outputs[0] ?? null;
  const label = asset?.title?.trim() || promptOf(task.input);
  return (
    <Link
      href={`/tasks/${task.id}`}
      data-testid={testId}
      data-task-id={task.id}
      className={cn(
        "group flex items-center gap-3 rounded-xl border border-zinc-200/80 bg-white p-2.5 pr-3 transition-colors hover:border-zinc-300 hover:bg-zinc-50 dark:border-zinc-800 dark:bg-zinc-900/70 dark:hover:border-zinc-700 dark:hover:bg-zinc-800/50",
        focusRing,
      )}
    >
      <Preview asset={shown} />
      <span className="flex min-w-0 flex-1 flex-col gap-0.5">
        <span className="truncate text-sm font-medium text-zinc-900 dark:text-zinc-100">
          {task.operationTitle}
          {task.model && task.model !== task.operationTitle ? (
            <span className="font-normal text-zinc-500 dark:text-zinc-400"> · {task.model}</span>
          ) : null}
        </span>
        {label ? (
          <span className="truncate text-[13px] text-zinc-500 dark:text-zinc-400">{label}</span>
        ) : null}
        <span className="flex items-center gap-2 text-xs text-zinc-500 dark:text-zinc-400">
          <TaskStatusBadge state={task.state} note={task.note} />
          <RelativeTime iso={task.createdAt} />
        </span>
      </span>
      <ChevronRight aria-hidden className="size-4 shrink-0 text-zinc-400 group-hover:text-zinc-600" />
    </Link>
  );
}
