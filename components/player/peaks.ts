/**
 * Waveform peaks as the server stores them (`/api/assets/<id>?variant=peaks`). The answer may be a
 * bare array or wrap it (`{peaks}`, `{data}`), hold signed samples or min/max pairs, and use any
 * scale (0–1, −1…1, 16-bit): everything is read as magnitudes scaled to 0–1.
 */
export function parsePeaks(body: unknown): number[] | undefined {
  const list = Array.isArray(body) ? body : pickArray(body);
  if (!list?.length) return undefined;
  const values = list.map((v) => (typeof v === "number" && Number.isFinite(v) ? Math.abs(v) : 0));
  const max = Math.max(...values);
  if (!(max > 0)) return values.map(() => 0);
  // Already-normalized peaks keep their loudness; larger scales (8/16-bit) are brought to 0–1.
  const scale = Math.max(max, 1);
  return values.map((v) => v / scale);
}

function pickArray(body: unknown): unknown[] | undefined {
  if (!body || typeof body !== "object") return undefined;
  const record = body as Record<string, unknown>;
  for (const key of ["peaks", "data", "samples"]) {
    if (Array.isArray(record[key])) return record[key] as unknown[];
  }
  return undefined;
}

/**
 * Fits peaks to `buckets` bars: each bar is the loudest peak it covers, so short transients survive
 * the reduction. Fewer peaks than bars are stretched (each peak repeated) rather than invented.
 */
export function downsamplePeaks(peaks: readonly number[], buckets: number): number[] {
  if (buckets <= 0 || !peaks.length) return [];
  const out = new Array<number>(buckets);
  for (let b = 0; b < buckets; b++) {
    const from = Math.floor((b * peaks.length) / buckets);
    const to = Math.max(from + 1, Math.floor(((b + 1) * peaks.length) / buckets));
    let max = 0;
    for (let i = from; i < to && i < peaks.length; i++) max = Math.max(max, peaks[i]);
    out[b] = max;
  }
  return out;
}

/** A level line for a track whose peaks are not (yet) known. */
export function flatPeaks(buckets: number, level = 0.08): number[] {
  return Array.from({ length: Math.max(0, buckets) }, () => level);
}
