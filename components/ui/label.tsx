import type { ComponentProps } from "react";
import { cn } from "./cn";

type LabelProps = ComponentProps<"label"> & { optional?: boolean };

export function Label({ className, children, optional, ...props }: LabelProps) {
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: callers pass htmlFor or nest the control
    <label className={cn("text-sm font-medium text-zinc-800 dark:text-zinc-200", className)} {...props}>
      {children}
      {optional ? (
        <span className="ml-1.5 font-normal text-zinc-400 dark:text-zinc-500">optional</span>
      ) : null}
    </label>
  );
}
