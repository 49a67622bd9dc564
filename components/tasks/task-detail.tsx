"use client";

import { useQuery } from "@tanstack/react-query";
import { ArrowLeft, GitBranch, GitFork } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { describeInput, promptOf } from "@/components/forms/describe-input";
import { CopyButton } from "@/components/media/copy-button";
import { Badge } from "@/components/ui/badge";
import type { TaskLineage } from "@/lib/dal/lineage";
import { taskQueryOptions } from "@/lib/queries/tasks";
import { CancelTaskButton } from "./cancel-task-button";
import { formatDateTime, isTerminal } from "./format";
import { LineageLink } from "./lineage-link";
import { TaskDuration } from "./task-duration";
import { TaskFiles } from "./task-files";
import { TaskOutputs } from "./task-outputs";
import { TaskState } from "./task-state";
import { TaskStatusBadge } from "./task-status-badge";

function Panel({
  title,
  icon,
  children,
  testId,
}: {
  title: string;
  icon?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <section
      data-testid={testId}
      aria-label={title}
      className="flex flex-col gap-3 rounded-xl border border-zinc-200/80 bg-white p-4 shadow-card dark:border-zinc-800 dark:bg-zinc-900/70 dark:shadow-none"
    >
      <h2 className="flex items-center gap-1.5 text-xs font-semibold tracking-wider text-zinc-500 uppercase dark:text-zinc-400">
        {icon}
        {title}
      </h2>
      {children}
    </section>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex items-baseline justify-between gap-4 py-1.5">
      <dt className="shrink-0 text-zinc-500 dark:text-zinc-400">{label}</dt>
      <dd className="min-w-0 text-right break-words whitespace-pre-line text-zinc-900 dark:text-zinc-100">
        {children}
      </dd>
    </div>
  );
}

const STUDIO_REF = /studio:\/\/asset\/\S+/g;

const credits = (n: number) => `${Math.round(n * 100) / 100} credits`;

/** Everything about one task: what was asked, what came out, what it came from and what came of it. */
export function TaskDetail({ lineage }: { lineage: TaskLineage }) {
  const { data } = useQuery({ ...taskQueryOptions(lineage.task.id), initialData: lineage.task });
  const task = data ?? lineage.task;
  const { ledger, parent, children } = lineage;
  const prompt = promptOf(task.input);
  // Media picked from the studio is stored as a studio:// reference; "Made from" shows the real thing.
  const params = describeInput(task.operationId, task.input, { omit: prompt ? ["prompt"] : [] }).map((p) => ({
    ...p,
    value: p.value.replace(STUDIO_REF, "Your earlier result"),
  }));
  const active = !isTerminal(task.state);

  return (
    <div
      data-testid="task-detail"
      data-task-id={task.id}
      data-state={task.state}
      className="flex flex-col gap-6"
    >
      <div className="flex flex-col gap-3">
        <Link
          href="/tasks"
          className="inline-flex items-center gap-1 self-start text-[13px] text-zinc-500 hover:text-zinc-800 dark:text-zinc-400 dark:hover:text-zinc-200"
        >
          <ArrowLeft aria-hidden className="size-3.5" /> All tasks
        </Link>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
          <h1 className="text-2xl font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">
            {task.operationTitle}
          </h1>
          {task.model ? <Badge tone="brand">{task.model}</Badge> : null}
          <TaskStatusBadge state={task.state} note={task.note} />
          <CancelTaskButton task={task} />
        </div>
        <p className="text-sm text-zinc-500 dark:text-zinc-400">Started {formatDateTime(task.createdAt)}</p>
      </div>

      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="flex min-w-0 flex-col gap-6">
          <Panel title="Results">
            <TaskState task={task} active={active} />
            {task.outputs.length === 0 && !active && task.state !== "failed" ? (
              <p className="text-sm text-zinc-500 dark:text-zinc-400">This task has no results to show.</p>
            ) : null}
            <TaskOutputs task={task} roomy />
            <TaskFiles outputs={task.outputs} />
          </Panel>

          <Panel title="Made from" icon={<GitBranch aria-hidden className="size-3.5" />} testId="made-from">
            {parent ? (
              <LineageLink task={parent.task} asset={parent.asset} testId="parent-task" />
            ) : (
              <p className="text-sm text-zinc-500 dark:text-zinc-400">Started from scratch.</p>
            )}
          </Panel>

          <Panel
            title="Made from this"
            icon={<GitFork aria-hidden className="size-3.5" />}
            testId="made-from-this"
          >
            {children.length ? (
              <ul className="flex flex-col gap-2">
                {children.map((child) => (
                  <li key={child.id}>
                    <LineageLink task={child} testId="child-task" />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-zinc-500 dark:text-zinc-400">
                Nothing yet. Use a result’s <strong className="font-medium">Use as source</strong> menu to
                extend, edit or convert it.
              </p>
            )}
          </Panel>
        </div>

        <div className="flex min-w-0 flex-col gap-6">
          {prompt ? (
            <Panel title="Prompt">
              <div className="flex items-start gap-2">
                <p className="min-w-0 flex-1 text-sm leading-relaxed whitespace-pre-line text-zinc-800 select-text dark:text-zinc-200">
                  {prompt}
                </p>
                <CopyButton text={prompt} label="Copy" tone="light" />
              </div>
            </Panel>
          ) : null}
          <Panel title="Details">
            <dl className="divide-y divide-zinc-100 text-[13px] dark:divide-zinc-800">
              <Fact label="Operation">{task.operationTitle}</Fact>
              {params.map((p) => (
                <Fact key={p.name} label={p.label}>
                  {p.value}
                </Fact>
              ))}
              <Fact label="Estimated">{credits(ledger.costEstimate)}</Fact>
              <Fact label="Charged">
                {ledger.creditsCharged === null ? "—" : credits(ledger.creditsCharged)}
              </Fact>
              <Fact label="Took">
                <TaskDuration createdAt={task.createdAt} finishedAt={task.finishedAt} state={task.state} />
              </Fact>
              {ledger.kieTaskId ? (
                <Fact label="Kie task">
                  <span className="font-mono text-xs break-all">{ledger.kieTaskId}</span>
                </Fact>
              ) : null}
            </dl>
          </Panel>
        </div>
      </div>
    </div>
  );
}
