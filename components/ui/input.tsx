"use client";

import type { ComponentProps } from "react";
import { cn, focusRing } from "./cn";
import { useFieldControl } from "./field";

/** Shared by text-like controls so inputs, textareas and selects line up. */
export const controlClasses = cn(
  "w-full rounded-lg border border-zinc-200 bg-white text-sm text-zinc-900 shadow-xs transition-colors",
  "placeholder:text-zinc-400 hover:border-zinc-300 disabled:cursor-not-allowed disabled:opacity-60",
  "dark:border-zinc-800 dark:bg-zinc-900/60 dark:text-zinc-100 dark:placeholder:text-zinc-500 dark:hover:border-zinc-700",
  "aria-[invalid=true]:border-red-400 dark:aria-[invalid=true]:border-red-500/70",
  focusRing,
  "focus-visible:border-brand-500 focus-visible:ring-offset-0 dark:focus-visible:border-brand-400",
);

export function Input({ className, type = "text", ...props }: ComponentProps<"input">) {
  const wired = useFieldControl(props);
  return <input type={type} className={cn(controlClasses, "h-9 px-3", className)} {...wired} />;
}
