"use client";

import { createContext, type ReactNode, useContext, useMemo } from "react";

const DisabledOperations = createContext<ReadonlySet<string>>(new Set());

/** Operations an admin turned off, read once per page load by the studio layout. */
export function OperationSwitchesProvider({
  disabled,
  children,
}: {
  disabled: string[];
  children: ReactNode;
}) {
  const set = useMemo(() => new Set(disabled), [disabled]);
  return <DisabledOperations.Provider value={set}>{children}</DisabledOperations.Provider>;
}

/** Keeps only what may be used now: turned-off models vanish from pickers and follow-up menus. */
export function useEnabledOperations<T extends { id: string }>(ops: readonly T[]): T[] {
  const disabled = useContext(DisabledOperations);
  return useMemo(() => ops.filter((op) => !disabled.has(op.id)), [ops, disabled]);
}
