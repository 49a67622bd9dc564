/** One sung word as Kie's timestamped lyrics give it (REFERENCE §6.8: `alignedWords[]`). */
export type AlignedWord = { word: string; success: boolean; startS: number; endS: number; palign: number };

export type KaraokeWord = { text: string; startS: number; endS: number };
export type KaraokeLine = { startS: number; endS: number; words: KaraokeWord[] };
export type KaraokePosition = { line: number; word: number; singing: boolean };

/** Lines longer than this are broken even without a newline or pause (some answers carry neither). */
const MAX_WORDS_PER_LINE = 8;
/** A silence this long between two words starts a new line. */
const LINE_GAP_S = 1.5;

const SECTION_TAG = /\[[^\]]*\]/g;

/**
 * Regroups Suno's aligned words into lines. A word may carry line breaks ("tail\n", or a section tag
 * before it: "[Verse]\nWaggin'"): text before a break ends the line, text after it starts the next.
 * Section tags are dropped; they are not sung.
 */
export function karaokeLines(words: readonly AlignedWord[]): KaraokeLine[] {
  const lines: KaraokeLine[] = [];
  let open: KaraokeWord[] = [];
  const close = () => {
    if (open.length) lines.push({ startS: open[0].startS, endS: open[open.length - 1].endS, words: open });
    open = [];
  };
  const sorted = [...words].sort((a, b) => a.startS - b.startS);
  for (const w of sorted) {
    const pieces = w.word.replace(SECTION_TAG, "").split("\n");
    pieces.forEach((piece, i) => {
      if (i > 0) close();
      const text = piece.trim();
      if (!text) return;
      const last = open.at(-1);
      if (last && (w.startS - last.endS > LINE_GAP_S || open.length >= MAX_WORDS_PER_LINE)) close();
      open.push({ text, startS: w.startS, endS: Math.max(w.startS, w.endS) });
    });
  }
  close();
  return lines;
}

/** Index of the last item starting at or before t (binary search); -1 before the first. */
function lastStartedAt<T extends { startS: number }>(items: readonly T[], t: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].startS <= t) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Where the singer is at time t: the line that started last stays current through the pause after
 * it; `word` is the last word of that line already started (so everything up to it reads as sung),
 * and `singing` says whether that word is still being sung. Before the first line: -1, -1.
 */
export function karaokePositionAt(lines: readonly KaraokeLine[], t: number): KaraokePosition {
  const line = lastStartedAt(lines, t);
  if (line < 0) return { line: -1, word: -1, singing: false };
  const words = lines[line].words;
  const word = lastStartedAt(words, t);
  return { line, word, singing: word >= 0 && t <= words[word].endS };
}

/** Reads the stored JSON tolerantly: words without text or times are skipped, not fatal. */
export function readAlignedWords(body: unknown): AlignedWord[] {
  const list =
    body && typeof body === "object" ? (body as { alignedWords?: unknown }).alignedWords : undefined;
  if (!Array.isArray(list)) return [];
  return list.flatMap((raw) => {
    const r = raw && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
    const startS = Number(r.startS);
    const endS = Number(r.endS);
    if (typeof r.word !== "string" || !Number.isFinite(startS) || !Number.isFinite(endS)) return [];
    return [
      {
        word: r.word,
        success: r.success !== false,
        startS,
        endS,
        palign: Number.isFinite(Number(r.palign)) ? Number(r.palign) : 0,
      },
    ];
  });
}
