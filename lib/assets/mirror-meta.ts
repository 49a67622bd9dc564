/** The mirror's own bookkeeping inside `Asset.meta` (one key, so provider fields never collide). */
export type MirrorMeta = {
  /** Storage key of the waveform peaks JSON (audio). */
  peaksKey?: string;
  /** A failure the sweep may retry (timeouts, HTTP errors), as opposed to wrong or refused content. */
  retryable?: boolean;
  /** Epoch ms before which the sweep leaves a failed asset alone. */
  retryAt?: number;
  /** Epoch ms until which one process's sweep holds the asset. */
  claimUntil?: number;
};

export function metaOf(raw: string | null | undefined): Record<string, unknown> {
  try {
    const parsed = JSON.parse(raw || "{}") as unknown;
    return parsed && typeof parsed === "object" && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

export function mirrorMetaOf(raw: string | null | undefined): MirrorMeta {
  const m = metaOf(raw).mirror;
  return m && typeof m === "object" ? (m as MirrorMeta) : {};
}

/** `raw` with its mirror bookkeeping replaced by `mirror` (dropped when empty). */
export function withMirrorMeta(raw: string | null | undefined, mirror: MirrorMeta): string {
  const { mirror: _old, ...rest } = metaOf(raw);
  const clean = Object.fromEntries(Object.entries(mirror).filter(([, v]) => v !== undefined));
  return JSON.stringify(Object.keys(clean).length ? { ...rest, mirror: clean } : rest);
}
