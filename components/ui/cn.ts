import { type ClassValue, clsx } from "clsx";

/** Joins class names. No tailwind-merge: pass overrides that do not fight the base classes. */
export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs);
}

/** The shared keyboard-focus ring for every interactive primitive. */
export const focusRing =
  "outline-hidden focus-visible:ring-2 focus-visible:ring-brand-500/70 focus-visible:ring-offset-2 focus-visible:ring-offset-white dark:focus-visible:ring-offset-zinc-950";
