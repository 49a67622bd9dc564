"use client";

import { cn, focusRing } from "@/components/ui/cn";

export type KindFilterValue = "all" | "image" | "video" | "audio" | "text" | "midi";

const CHIPS: { value: KindFilterValue; label: string }[] = [
  { value: "all", label: "All" },
  { value: "image", label: "Images" },
  { value: "video", label: "Video" },
  { value: "audio", label: "Audio" },
  { value: "text", label: "Text" },
  { value: "midi", label: "MIDI" },
];

/** Filter chips; a toggle-button group so the current choice is announced as pressed. */
export function KindFilter({
  value,
  onChange,
}: {
  value: KindFilterValue;
  onChange: (value: KindFilterValue) => void;
}) {
  return (
    <div role="group" aria-label="Show" className="flex flex-wrap gap-2">
      {CHIPS.map((chip) => {
        const active = chip.value === value;
        return (
          <button
            key={chip.value}
            type="button"
            aria-pressed={active}
            onClick={() => onChange(chip.value)}
            className={cn(
              "h-8 rounded-full px-3.5 text-[13px] font-medium transition-colors",
              active
                ? "bg-zinc-900 text-white dark:bg-white dark:text-zinc-900"
                : "bg-white text-zinc-600 ring-1 ring-zinc-200 ring-inset hover:bg-zinc-50 hover:text-zinc-900 dark:bg-zinc-900 dark:text-zinc-300 dark:ring-zinc-800 dark:hover:bg-zinc-800 dark:hover:text-zinc-100",
              focusRing,
            )}
          >
            {chip.label}
          </button>
        );
      })}
    </div>
  );
}
