"use client";

import type { ComponentProps } from "react";
import { cn } from "./cn";
import { useFieldControl } from "./field";
import { controlClasses } from "./input";

export function Textarea({ className, rows = 4, ...props }: ComponentProps<"textarea">) {
  const wired = useFieldControl(props);
  return (
    <textarea
      rows={rows}
      className={cn(controlClasses, "min-h-20 resize-y px-3 py-2 leading-relaxed", className)}
      {...wired}
    />
  );
}
