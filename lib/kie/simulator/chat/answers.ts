/** Deterministic answers: the same conversation always gets the same words. */

export type SimAnswer = { text: string; thinking: string };

const CODE_ASK =
  /\b(code|function|script|program|snippet|implement|typescript|javascript|python|regex|sql)\b/i;
const LYRICS_ASK = /\b(lyrics|song|verse|chorus)\b/i;

export function composeAnswer(
  prompt: string,
  opts: { model: string; json: boolean; long: boolean },
): SimAnswer {
  const ask = cleanPrompt(prompt);
  const thinking = `The user asks: "${clip(ask, 80)}". I'll keep it short, structured and concrete.`;
  if (opts.json) return { text: jsonAnswer(ask), thinking };
  const body = CODE_ASK.test(ask) ? codeAnswer(ask) : proseAnswer(ask, opts.model);
  return { text: opts.long ? longAnswer(body) : body, thinking };
}

/** The text of a prompt without simulator markers. */
export function cleanPrompt(prompt: string): string {
  return prompt
    .replace(/\[sim:[a-z0-9-]+\]/gi, "")
    .replace(/\s+/g, " ")
    .trim();
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function proseAnswer(ask: string, model: string): string {
  return [
    `**Simulated answer** from \`${model}\`.`,
    "",
    `You wrote: "${clip(ask, 160)}"`,
    "",
    "Here is what I would consider:",
    "",
    "1. Start from the goal and the constraints you already know.",
    "2. Try the smallest version first, then iterate.",
    "3. Keep notes of what changed and why.",
    "",
    "The Kie simulator wrote this answer; connect a real key for real models.",
  ].join("\n");
}

function codeAnswer(ask: string): string {
  return [
    `Here is a small, self-contained example for "${clip(ask, 80)}":`,
    "",
    "```ts",
    "export function slugify(title: string): string {",
    "  return title",
    "    .toLowerCase()",
    '    .normalize("NFKD")',
    '    .replace(/[^a-z0-9]+/g, "-")',
    '    .replace(/^-|-$/g, "");',
    "}",
    "```",
    "",
    "- It lowercases and strips accents.",
    "- Runs of other characters become a single `-`.",
  ].join("\n");
}

function jsonAnswer(ask: string): string {
  if (LYRICS_ASK.test(ask)) {
    const topic = clip(ask, 40);
    return JSON.stringify({
      title: `Song of ${topic}`.slice(0, 80),
      style: "indie pop, warm synths, upbeat, female vocals",
      lyrics: `[Verse]\nWe wrote it down: ${topic}\nA little light in every line\n\n[Chorus]\nSing it back to me tonight\nEvery word is shining bright`,
    });
  }
  return JSON.stringify({
    prompt: `${clip(ask, 200)}, cinematic composition, soft golden-hour light, rich detail, shallow depth of field, cohesive color palette`,
  });
}

/** About 400 words, for streams long enough to stop halfway. */
function longAnswer(body: string): string {
  const parts = [body];
  for (let i = 1; i <= 8; i++)
    parts.push(
      `## Part ${i}\n\nThis paragraph keeps the stream going so that it can be stopped midway. ` +
        "Each sentence arrives a few words at a time, just like a real model writing slowly and carefully.",
    );
  return parts.join("\n\n");
}

/** Words with their trailing whitespace: the unit each streamed chunk carries. */
export function tokenize(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [];
}

export function countTokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}
