import { cn } from "@/components/ui/cn";

/** The product mark: a small waveform on the brand gradient. */
export function LogoMark({ className }: { className?: string }) {
  return (
    <span
      aria-hidden
      className={cn(
        "inline-flex size-7 shrink-0 items-center justify-center rounded-lg bg-linear-to-br from-brand-400 via-brand-600 to-brand-800 shadow-sm ring-1 ring-inset ring-white/15",
        className,
      )}
    >
      <svg aria-hidden viewBox="0 0 16 16" className="size-4 text-white" fill="currentColor">
        <rect x="2" y="6" width="2" height="4" rx="1" />
        <rect x="5.5" y="3" width="2" height="10" rx="1" />
        <rect x="9" y="5" width="2" height="6" rx="1" opacity="0.85" />
        <rect x="12.5" y="7" width="2" height="2" rx="1" opacity="0.7" />
      </svg>
    </span>
  );
}

export function Logo({ className }: { className?: string }) {
  return (
    <span className={cn("inline-flex items-center gap-2.5", className)}>
      <LogoMark />
      <span className="text-[15px] font-semibold tracking-tight text-zinc-900 dark:text-zinc-50">
        Kie Studio
      </span>
    </span>
  );
}
