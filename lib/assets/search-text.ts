/**
 * What the gallery search looks in, kept on each asset (`Asset.searchText`) so a search is one
 * predicate over one column instead of a scan of every task's input JSON.
 * The migration that added the column backfills it with the same recipe in SQL.
 */

/** The text a prompt search looks in: operations name their main text `prompt` (TTS: `text`). */
export function promptOf(input: Record<string, unknown>): string | null {
  const text = input.prompt ?? input.text;
  return typeof text === "string" ? text : null;
}

export function parseInput(json: string): Record<string, unknown> {
  try {
    const value = JSON.parse(json) as unknown;
    return value && typeof value === "object" ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * LIKE's wildcards and PostgreSQL's LIKE escape character, stored (and searched) as private-use
 * characters: the search is a plain LIKE '%word%' on every database, and Prisma's `contains` does
 * not escape them, so "%" or "a_b" must not reach the pattern as wildcards.
 */
const LIKE_SPECIALS: Record<string, string> = { "%": "\uE000", _: "\uE001", "\\": "\uE002" };
const likeSafe = (text: string) => text.replace(/[%_\\]/g, (c) => LIKE_SPECIALS[c]);

/**
 * Title and prompt, lower-cased, on two lines: a newline never occurs inside a search word, so a
 * word cannot match across the seam.
 */
export function searchTextOf(title: string | null | undefined, inputJson: string): string {
  return likeSafe(`${title ?? ""}\n${promptOf(parseInput(inputJson)) ?? ""}`.toLowerCase());
}

/** At most this many words count; the rest of a pasted paragraph is ignored. */
export const MAX_SEARCH_WORDS = 8;

/**
 * A query as the words that must all occur (any order, anywhere in title or prompt), so "red fox"
 * finds "a fox, red" as well as "red fox". Lower-cased like the stored text.
 */
export function searchWords(q: string | undefined): string[] {
  const words = likeSafe((q ?? "").toLowerCase())
    .split(/\s+/)
    .filter(Boolean);
  return [...new Set(words)].slice(0, MAX_SEARCH_WORDS);
}
