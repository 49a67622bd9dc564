import { Badge, type BadgeTone } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";

const LABELS: Record<string, string> = {
  queued: "Queued",
  submitting: "Sending",
  submitted: "Queued at Kie",
  running: "Generating",
  partial: "First track ready",
  succeeded: "Done",
  failed: "Failed",
  canceled: "Canceled",
  unknown: "Awaiting Kie",
};

const TONES: Record<string, BadgeTone> = {
  queued: "neutral",
  submitting: "info",
  submitted: "info",
  running: "brand",
  partial: "brand",
  succeeded: "success",
  failed: "danger",
  canceled: "neutral",
  unknown: "warning",
};

export function taskStatusLabel(state: string, note?: string | null): string {
  if (state === "partial" && note) return note;
  return LABELS[state] ?? "Working";
}

export type TaskStatusBadgeProps = { state: string; note?: string | null; className?: string };

/** A task's state in words a person understands, with a pulsing dot while work is under way. */
export function TaskStatusBadge({ state, note, className }: TaskStatusBadgeProps) {
  const active = state === "running" || state === "partial" || state === "submitting";
  return (
    <Badge
      tone={TONES[state] ?? "neutral"}
      dot
      data-testid="task-status"
      data-state={state}
      className={cn(active && "[&>span:first-child]:animate-pulse", className)}
    >
      {taskStatusLabel(state, note)}
    </Badge>
  );
}
