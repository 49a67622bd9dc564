"use client";

import { Select } from "@/components/ui/select";
import { chatModel, modelsByFamily } from "@/lib/chat/models";

const GROUPS = modelsByFamily();

/** Models grouped by family; the chosen model's one-line description shows underneath. */
export function ModelPicker({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const model = chatModel(value);
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <Select
        aria-label="Model"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className="w-full sm:w-64"
      >
        {GROUPS.map((group) => (
          <optgroup key={group.family} label={group.family}>
            {group.models.map((m) => (
              <option key={m.id} value={m.id} title={m.description}>
                {m.label}
              </option>
            ))}
          </optgroup>
        ))}
      </Select>
      {model ? (
        <p className="truncate text-xs text-zinc-500 dark:text-zinc-400" data-testid="model-description">
          {model.description}
        </p>
      ) : null}
    </div>
  );
}
