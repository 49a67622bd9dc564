"use client";

import { useQueryClient } from "@tanstack/react-query";
import { Music } from "lucide-react";
import { OperationForm } from "@/components/forms/operation-form";
import type { SubmitTask } from "@/components/forms/submit";
import { EmptyState } from "@/components/ui/empty-state";
import { getOperation } from "@/lib/ops/registry";
import { addSubmittedTask } from "@/lib/queries/lists";
import type { TaskPage } from "@/lib/queries/tasks";
import { TaskFeed } from "./task-feed";

type MusicStudioProps = { initialPage: TaskPage; submit: SubmitTask };

/** The song form beside "Your songs", which shows a new task the moment it is accepted. */
export function MusicStudio({ initialPage, submit }: MusicStudioProps) {
  const queryClient = useQueryClient();
  const operation = getOperation("music.generate");
  if (!operation) return null;
  return (
    <div className="grid items-start gap-8 lg:grid-cols-[minmax(0,26rem)_minmax(0,1fr)]">
      <OperationForm
        operation={operation}
        submit={submit}
        onSubmitted={(task) => addSubmittedTask(queryClient, task)}
      />
      <section aria-labelledby="your-songs" className="flex min-w-0 flex-col gap-4">
        <h2
          id="your-songs"
          className="text-base font-semibold tracking-tight text-zinc-900 dark:text-zinc-50"
        >
          Your songs
        </h2>
        <TaskFeed
          category="music"
          initialPage={initialPage}
          empty={
            <EmptyState
              icon={<Music />}
              title="No songs yet"
              description="Describe a song and press Generate. Both takes will appear here, ready to play, as soon as they are made."
            />
          }
        />
      </section>
    </div>
  );
}
