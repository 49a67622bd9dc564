"use client";

import { AudioLines } from "lucide-react";
import type { FormValues } from "@/components/forms/field-spec";
import type { SubmitTask } from "@/components/forms/submit";
import { TaskFeed } from "@/components/tasks/task-feed";
import { EmptyState } from "@/components/ui/empty-state";
import type { SourceView } from "@/lib/dal/assets";
import type { TaskPage } from "@/lib/queries/tasks";
import { CategoryStudio } from "./category-studio";

type AudioStudioProps = {
  initialOperationId?: string;
  initialValues?: FormValues;
  source?: SourceView;
  initialPage: TaskPage;
  submit: SubmitTask;
};

/** Speech, dialogue, sound effects, transcription and voice isolation beside their results. */
export function AudioStudio({ initialPage, ...studio }: AudioStudioProps) {
  return (
    <CategoryStudio
      category="audio"
      grouped
      resultsTitle="Your audio"
      results={
        <TaskFeed
          category="audio"
          initialPage={initialPage}
          empty={
            <EmptyState
              icon={<AudioLines />}
              title="No audio yet"
              description="Turn text into speech, make a sound effect or transcribe a recording. Results play here."
            />
          }
        />
      }
      {...studio}
    />
  );
}
