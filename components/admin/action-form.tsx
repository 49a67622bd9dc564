"use client";

import { type ReactNode, useActionState } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

export type AdminActionState = { ok: boolean; message: string } | null;
export type AdminAction = (prev: AdminActionState, fd: FormData) => Promise<AdminActionState>;

/** A form bound to an admin server action, with its pending state and the action's answer. */
export function ActionForm({
  action,
  hidden,
  submitLabel,
  submitVariant = "secondary",
  children,
  className,
  "aria-label": ariaLabel,
}: {
  action: AdminAction;
  hidden?: Record<string, string>;
  submitLabel: string;
  submitVariant?: ButtonVariant;
  children?: ReactNode;
  className?: string;
  "aria-label"?: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form
      action={formAction}
      aria-label={ariaLabel}
      className={cn("flex flex-wrap items-end gap-2", className)}
    >
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <Button type="submit" size="sm" variant={submitVariant} loading={pending}>
        {submitLabel}
      </Button>
      <p
        role="status"
        className={cn(
          "basis-full text-xs empty:hidden",
          state?.ok ? "text-emerald-700 dark:text-emerald-400" : "text-red-600 dark:text-red-400",
        )}
      >
        {state?.message ?? ""}
      </p>
    </form>
  );
}
