"use client";

import { Download, FileIcon, FileMusic } from "lucide-react";
import { promptOf } from "@/components/forms/describe-input";
import { ImageGrid } from "@/components/media/image-grid";
import { TextResult } from "@/components/media/text-result";
import { TrackPlayer } from "@/components/media/track-player";
import { VideoPlayer } from "@/components/media/video-player";
import { StemsMixer } from "@/components/player/stems-mixer";
import { pairTakes, trackFromAsset } from "@/components/player/track-from-asset";
import { Button, buttonClasses } from "@/components/ui/button";
import type { AssetView } from "@/lib/dal/assets";
import type { TaskView } from "@/lib/dal/tasks";
import { getOperation } from "@/lib/ops/registry";
import { isTerminal } from "./format";
import { useUseLyrics } from "./lyrics-context";
import { isLyricsOperation } from "./music-ops";
import { ImagePlaceholder, TrackPlaceholder } from "./output-placeholders";

/** How many results are still on their way, so the card keeps their place. */
function pendingCount(task: TaskView): number {
  if (isTerminal(task.state)) return task.pendingOutputs;
  const more = task.outputs.length === 0 || task.state === "partial" ? 1 : 0;
  return Math.max(task.pendingOutputs, more);
}

const FILE_LABELS: Record<string, string> = { midi: "MIDI file", text: "Plain text" };

function FileDownload({ asset }: { asset: AssetView }) {
  const midi = asset.kind === "midi";
  const Icon = midi ? FileMusic : FileIcon;
  return (
    <a
      href={asset.downloadUrl}
      download
      data-testid={midi ? "midi-download" : "file-download"}
      className={buttonClasses("secondary", "sm", "justify-start self-start")}
    >
      <Icon aria-hidden />
      {asset.title ?? FILE_LABELS[asset.kind] ?? asset.kind}
      {midi ? <span className="text-zinc-400">.mid</span> : null}
      <Download aria-hidden className="ml-1 text-zinc-400" />
    </a>
  );
}

/**
 * A task's results, each drawn by kind: songs and stems as players, images as a grid, videos as
 * players, text read in place, MIDI and anything else as downloads. Each offers "Use as source".
 */
export function TaskOutputs({
  task,
  roomy = false,
}: {
  task: TaskView /** Larger images (a task's own page). */;
  roomy?: boolean;
}) {
  const applyLyrics = useUseLyrics();
  const op = getOperation(task.operationId);
  const audio = task.outputs.filter((o) => o.kind === "audio");
  const images = task.outputs.filter((o) => o.kind === "image");
  const videos = task.outputs.filter((o) => o.kind === "video");
  // A structured text (transcript, timed lyrics) says everything its plain copy says, and more:
  // show the structured one and keep the plain one as a download.
  const allTexts = task.outputs.filter((o) => o.kind === "text");
  const structured = allTexts.filter((o) => o.mime?.includes("json"));
  const texts = structured.length && structured.length < allTexts.length ? structured : allTexts;
  const files = task.outputs.filter(
    (o) => !["audio", "image", "video"].includes(o.kind) && !texts.includes(o),
  );
  const pending = pendingCount(task);
  const expectsImages =
    task.category === "image" || op?.outputs.includes("image") || (images.length > 0 && audio.length === 0);
  const prompt = promptOf(task.input);
  const done = isTerminal(task.state);
  const takes = op?.status === "suno-music";
  const stems = task.operationId === "music.stems" && audio.length > 1;
  const titled = audio.map((asset, i) =>
    trackFromAsset(asset, {
      title: takes ? `Take ${i + 1}` : (prompt?.slice(0, 80) ?? task.operationTitle),
      subtitle: takes ? `${task.model || "Suno"} · Take ${i + 1}` : task.operationTitle,
    }),
  );
  // Suno's two takes of one prompt can be compared A/B from the player.
  const tracks = takes ? pairTakes(titled) : titled;
  const offerLyrics = isLyricsOperation(task.operationId) ? applyLyrics : null;
  // Numbered by the take or slot they will fill, so keys stay stable as results arrive.
  const slots = Array.from({ length: done ? 0 : pending }, (_, i) => audio.length + images.length + i + 1);
  // Other kinds need no placeholder: the card's progress bar already says they are coming.
  const expectsAudio = !expectsImages && (op ? op.outputs.includes("audio") : task.category === "music");

  return (
    <div className="flex flex-col gap-2">
      {stems ? (
        <StemsMixer key={audio.map((a) => a.assetId).join()} stems={audio} operationId={task.operationId} />
      ) : null}
      {audio.length > 1 && !takes && !stems ? (
        <p className="px-0.5 text-xs font-medium text-zinc-500 dark:text-zinc-400">{audio.length} tracks</p>
      ) : null}
      {/* Suno songs come in numbered takes; stems, speech and effects are named by what they are. */}
      {stems
        ? null
        : audio.map((asset, i) => (
            <TrackPlayer
              key={asset.assetId}
              asset={asset}
              take={takes ? i + 1 : undefined}
              fallbackTitle={takes ? undefined : (prompt?.slice(0, 80) ?? task.operationTitle)}
              operationId={task.operationId}
              queue={{ tracks, index: i }}
            />
          ))}
      {expectsAudio
        ? slots.map((take) => (
            <TrackPlaceholder key={`pending-${take}`} take={takes ? take : undefined} label="Generating…" />
          ))
        : null}
      {images.length > 0 || (expectsImages && slots.length > 0) ? (
        <ImageGrid
          columns={roomy ? "grid-cols-2" : "grid-cols-2 sm:grid-cols-4"}
          tiles={[
            ...images.map((asset) => ({
              type: "image" as const,
              key: asset.assetId,
              entry: { asset, operationId: task.operationId, prompt, input: task.input },
            })),
            ...slots.map((slot) => ({
              type: "node" as const,
              key: `pending-${slot}`,
              node: <ImagePlaceholder />,
            })),
          ]}
        />
      ) : null}
      {videos.map((asset) => (
        <VideoPlayer key={asset.assetId} asset={asset} operationId={task.operationId} />
      ))}
      {texts.length ? (
        <div className={texts.length > 1 ? "grid gap-2 md:grid-cols-2" : "flex flex-col"}>
          {texts.map((asset) => (
            <TextResult
              key={asset.assetId}
              asset={asset}
              actions={
                offerLyrics
                  ? (text) => (
                      <Button
                        size="sm"
                        variant="secondary"
                        onClick={() => offerLyrics({ text, title: asset.title })}
                      >
                        Use these lyrics
                      </Button>
                    )
                  : undefined
              }
            />
          ))}
        </div>
      ) : null}
      {files.map((asset) => (
        <FileDownload key={asset.assetId} asset={asset} />
      ))}
    </div>
  );
}
