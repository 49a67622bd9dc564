"use client";

import type { FormValues } from "@/components/forms/field-spec";
import type { SubmitTask } from "@/components/forms/submit";
import type { SourceView } from "@/lib/dal/assets";
import type { TaskPage } from "@/lib/queries/tasks";
import { CategoryStudio } from "./category-studio";
import { VideoResults } from "./video-results";

type VideoStudioProps = {
  initialOperationId?: string;
  initialValues?: FormValues;
  source?: SourceView;
  initialPage: TaskPage;
  submit: SubmitTask;
};

/** Video models by family, the chosen model's form, and the clips. */
export function VideoStudio({ initialPage, ...studio }: VideoStudioProps) {
  return (
    <CategoryStudio
      category="video"
      grouped
      resultsTitle="Your videos"
      results={<VideoResults initialPage={initialPage} />}
      {...studio}
    />
  );
}
