import { LoaderCircle } from "lucide-react";
import { cn } from "./cn";

type SpinnerProps = { className?: string; label?: string };

/** Decorative unless given a label, in which case it is announced as a status. */
export function Spinner({ className, label }: SpinnerProps) {
  return (
    <span role={label ? "status" : undefined} className="inline-flex items-center">
      <LoaderCircle aria-hidden className={cn("size-4 animate-spin", className)} />
      {label ? <span className="sr-only">{label}</span> : null}
    </span>
  );
}
