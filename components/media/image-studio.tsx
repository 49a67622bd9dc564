"use client";

import type { FormValues } from "@/components/forms/field-spec";
import type { SubmitTask } from "@/components/forms/submit";
import type { SourceView } from "@/lib/dal/assets";
import type { TaskPage } from "@/lib/queries/tasks";
import { CategoryStudio } from "./category-studio";
import { ImageResults } from "./image-results";

type ImageStudioProps = {
  initialOperationId?: string;
  initialValues?: FormValues;
  source?: SourceView;
  initialPage: TaskPage;
  submit: SubmitTask;
};

/** Image models and their form beside the results grid. */
export function ImageStudio({ initialPage, ...studio }: ImageStudioProps) {
  return (
    <CategoryStudio
      category="image"
      resultsTitle="Your images"
      results={<ImageResults initialPage={initialPage} />}
      {...studio}
    />
  );
}
