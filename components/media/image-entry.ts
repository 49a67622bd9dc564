import type { ReactNode } from "react";
import type { AssetView } from "@/lib/dal/assets";

/** One image result and what made it. */
export type ImageEntry = {
  asset: AssetView;
  operationId: string;
  prompt: string | null;
  /** The task's validated input when the caller has it; otherwise the details panel fetches the task. */
  input?: Record<string, unknown>;
};

/** A cell of the results grid: an image that opens the lightbox, or any other card (audio, progress). */
export type GridTile = ({ type: "image"; entry: ImageEntry } | { type: "node"; node: ReactNode }) & {
  key: string;
  /** data-* attributes for the cell, e.g. test ids. */
  attrs?: Record<`data-${string}`, string>;
};
