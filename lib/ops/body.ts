import type { FieldMeta } from "./types";

/** Kie treats a present-but-empty field differently from an absent one: send only what is set. */
export function stripUndefined(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== ""));
}

/** Typed helper so field metadata is checked against FieldMeta. */
export const meta = (m: FieldMeta) => m;
