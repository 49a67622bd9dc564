"use client";

import { Field } from "@/components/ui/field";
import { Segmented } from "@/components/ui/segmented";
import { Slider } from "@/components/ui/slider";
import { Switch } from "@/components/ui/switch";
import { Textarea } from "@/components/ui/textarea";
import type { ChatModel } from "@/lib/chat/models";
import { MAX_SYSTEM_CHARS } from "@/lib/chat/schemas";
import type { ChatOptions, ReasoningEffort } from "@/lib/chat/types";

/** Only the options the chosen model's format supports are shown. */
export function OptionsPanel({
  model,
  value,
  onChange,
}: {
  model: ChatModel;
  value: ChatOptions;
  onChange: (next: ChatOptions) => void;
}) {
  const { caps } = model;
  const set = (patch: Partial<ChatOptions>) => onChange({ ...value, ...patch });
  return (
    <div className="flex flex-col gap-4" data-testid="chat-options">
      <Field label="System prompt" optional help="Standing instructions for every answer in this chat.">
        <Textarea
          rows={3}
          maxLength={MAX_SYSTEM_CHARS}
          value={value.system ?? ""}
          onChange={(e) => set({ system: e.target.value || undefined })}
          placeholder="You are a concise assistant…"
        />
      </Field>
      {caps.temperature ? (
        <Field label="Temperature" help="Lower is more focused, higher more varied.">
          <Slider
            min={0}
            max={model.format === "anthropic" ? 1 : 2}
            step={0.1}
            value={value.temperature ?? 1}
            onValueChange={(temperature) => set({ temperature })}
            format={(v) => v.toFixed(1)}
          />
        </Field>
      ) : null}
      {caps.reasoningEfforts.length ? (
        <Field label="Reasoning effort">
          <Segmented<ReasoningEffort>
            aria-label="Reasoning effort"
            size="sm"
            options={caps.reasoningEfforts.map((e) => ({ value: e, label: e }))}
            value={value.reasoningEffort ?? caps.reasoningEfforts[0]}
            onValueChange={(reasoningEffort) => set({ reasoningEffort })}
          />
        </Field>
      ) : null}
      {caps.thinking ? (
        <Switch
          label="Thinking"
          description="Let the model think first; its thoughts show collapsed above the answer."
          checked={value.thinking ?? false}
          onCheckedChange={(thinking) => set({ thinking })}
        />
      ) : null}
      {caps.webSearch ? (
        <Switch
          label="Web search"
          description="Allow the model to search the web while answering."
          checked={value.webSearch ?? false}
          onCheckedChange={(webSearch) => set({ webSearch })}
        />
      ) : null}
      {caps.json ? (
        <Switch
          label="JSON output"
          description="Answer with a single JSON object."
          checked={value.json ?? false}
          onCheckedChange={(json) => set({ json })}
        />
      ) : null}
    </div>
  );
}
