"use client";

import { Music } from "lucide-react";
import type { FormValues } from "@/components/forms/field-spec";
import type { SubmitTask } from "@/components/forms/submit";
import { CategoryStudio } from "@/components/media/category-studio";
import { EmptyState } from "@/components/ui/empty-state";
import type { SourceView } from "@/lib/dal/assets";
import type { TaskPage } from "@/lib/queries/tasks";
import { UseLyricsProvider } from "./lyrics-context";
import { MusicOperationSwitcher } from "./music-op-switcher";
import { lyricsToGenerateValues } from "./music-ops";
import { TaskFeed } from "./task-feed";

type MusicStudioProps = {
  initialOperationId?: string;
  initialValues?: FormValues;
  source?: SourceView;
  initialPage: TaskPage;
  submit: SubmitTask;
};

/** Suno's tools beside "Your music", which shows a new task the moment it is accepted. */
export function MusicStudio({ initialPage, ...studio }: MusicStudioProps) {
  return (
    <CategoryStudio
      category="music"
      includeSourceOnly
      picker={(props) => <MusicOperationSwitcher {...props} />}
      resultsTitle="Your music"
      results={(open) => (
        <UseLyricsProvider value={(lyrics) => open("music.generate", lyricsToGenerateValues(lyrics))}>
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
        </UseLyricsProvider>
      )}
      {...studio}
    />
  );
}
