"use client";

import { createContext, type ReactNode, useContext, useId } from "react";
import { cn } from "./cn";
import { Label } from "./label";

type FieldContextValue = { id: string; describedBy: string | undefined; invalid: boolean };

const FieldContext = createContext<FieldContextValue | null>(null);

type ControlProps = {
  id?: string;
  "aria-describedby"?: string;
  "aria-invalid"?: boolean | "true" | "false" | "grammar" | "spelling";
};

/**
 * Lets a control inside <Field> pick up its id, help/error description and invalid state.
 * Props the caller sets explicitly win.
 */
export function useFieldControl<P extends ControlProps>(props: P): P {
  const field = useContext(FieldContext);
  if (!field) return props;
  const describedBy = [field.describedBy, props["aria-describedby"]].filter(Boolean).join(" ") || undefined;
  return {
    ...props,
    id: props.id ?? field.id,
    "aria-describedby": describedBy,
    "aria-invalid": props["aria-invalid"] ?? (field.invalid || undefined),
  };
}

export type FieldProps = {
  label: ReactNode;
  /** Shown under the control; replaced visually (not for screen readers) by an error. */
  help?: ReactNode;
  error?: string | null;
  optional?: boolean;
  /** Extra content on the label row, e.g. a value readout or a link. */
  aside?: ReactNode;
  id?: string;
  className?: string;
  children: ReactNode;
};

export function Field({ label, help, error, optional, aside, id, className, children }: FieldProps) {
  const autoId = useId();
  const controlId = id ?? `field-${autoId}`;
  const helpId = help ? `${controlId}-help` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const describedBy = [errorId, helpId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <div className="flex items-baseline justify-between gap-3">
        <Label htmlFor={controlId} optional={optional}>
          {label}
        </Label>
        {aside ? <div className="text-xs text-zinc-500 dark:text-zinc-400">{aside}</div> : null}
      </div>
      <FieldContext.Provider value={{ id: controlId, describedBy, invalid: Boolean(error) }}>
        {children}
      </FieldContext.Provider>
      {error ? (
        <p id={errorId} className="text-[13px] text-red-600 dark:text-red-400">
          {error}
        </p>
      ) : null}
      {help ? (
        <p id={helpId} className={cn("text-[13px] text-zinc-500 dark:text-zinc-400", error && "sr-only")}>
          {help}
        </p>
      ) : null}
    </div>
  );
}
