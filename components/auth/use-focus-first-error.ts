"use client";

import { type RefObject, useEffect } from "react";
import type { AuthFormState } from "@/lib/people/schemas";

/** After a failed submit, moves focus to the first field that has an error. */
export function useFocusFirstError(
  state: AuthFormState,
  order: readonly string[],
  form: RefObject<HTMLFormElement | null>,
) {
  useEffect(() => {
    const first = order.find((name) => state.fieldErrors?.[name as keyof typeof state.fieldErrors]);
    if (!first) return;
    const control = form.current?.elements.namedItem(first);
    if (control instanceof HTMLElement) control.focus();
  }, [state, order, form]);
}
