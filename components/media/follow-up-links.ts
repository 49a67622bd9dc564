import type { AnyOperation, Category } from "@/lib/ops/types";

export type FollowUpLink = {
  operationId: string;
  category: Category;
  href: string;
  label: string;
  /** What tells two similar entries apart: the model, or the op's title when the label names the model. */
  detail: string;
};

/** The page that opens `op`'s form started from the given result. */
export function followUpHref(op: Pick<AnyOperation, "id" | "category">, assetId: string): string {
  const params = new URLSearchParams({ op: op.id, from: assetId });
  return `/${op.category}?${params.toString()}`;
}

function detailOf(op: AnyOperation, label: string): string {
  if (!op.model || label.includes(op.model)) return op.title === label ? "" : op.title;
  return op.model;
}

/** Menu entries for the operations that can start from a result, labelled by the op's own verb. */
export function followUpLinks(ops: readonly AnyOperation[], assetId: string): FollowUpLink[] {
  return ops.map((op) => {
    const label = op.source?.action ?? op.title;
    return {
      operationId: op.id,
      category: op.category,
      href: followUpHref(op, assetId),
      label,
      detail: detailOf(op, label),
    };
  });
}

const CATEGORY_LABELS: Record<Category, string> = {
  music: "Music",
  image: "Image",
  video: "Video",
  audio: "Audio",
  chat: "Chat",
};

/** Links under a heading per category, the result's own category first. */
export function groupFollowUps(links: readonly FollowUpLink[], first?: string) {
  const groups = new Map<Category, FollowUpLink[]>();
  for (const link of links) groups.set(link.category, [...(groups.get(link.category) ?? []), link]);
  return [...groups]
    .sort(([a], [b]) => Number(b === first) - Number(a === first))
    .map(([category, items]) => ({ category, label: CATEGORY_LABELS[category], links: items }));
}
