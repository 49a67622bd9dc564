import { operations } from "./registry";
import type { AnyOperation, AssetKind, SourceRef } from "./types";

type SourceLike = Pick<SourceRef, "kind" | "operationId">;

/** Does this operation start from results like `src`? */
export function acceptsSource(op: AnyOperation, src: SourceLike): boolean {
  const spec = op.source;
  if (!spec?.kinds.includes(src.kind as AssetKind)) return false;
  return !spec.fromOperations || spec.fromOperations.includes(src.operationId);
}

/** Every operation that can start from this result ("results lead on"), in registry order. */
export function followUpsFor(src: SourceLike): AnyOperation[] {
  return operations.filter((op) => acceptsSource(op, src));
}

/** The operation's input pre-filled from a source result (pure; runs on server and client). */
export function prefillFrom(op: AnyOperation, src: SourceRef): Record<string, unknown> {
  if (!op.source) return {};
  return Object.fromEntries(Object.entries(op.source.prefill(src)).filter(([, v]) => v !== undefined));
}
