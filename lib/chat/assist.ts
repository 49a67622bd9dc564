import "server-only";
import { AppError } from "@/lib/errors";
import { ChatUpstreamError, completeKieChat } from "./kie-stream";
import { ASSIST_MODEL_ID, chatModel } from "./models";
import type { AssistInput } from "./schemas";

/** Suno's safe limits for any model version (lyrics 3000, style 200, title 80 characters). */
export const LYRICS_LIMITS = { lyrics: 3000, style: 200, title: 80 } as const;
export const PROMPT_LIMIT = 2000;

export type AssistResult = { lyrics: string; style: string; title: string } | { prompt: string };

const LYRICS_SYSTEM = [
  "You write song lyrics for an AI music generator.",
  'Answer with one JSON object only: {"title": string, "style": string, "lyrics": string}.',
  `title: at most ${LYRICS_LIMITS.title} characters. style: comma-separated genre, mood, instruments and`,
  `vocal type, at most ${LYRICS_LIMITS.style} characters. lyrics: at most ${LYRICS_LIMITS.lyrics} characters,`,
  "with section tags such as [Verse], [Chorus], [Bridge] on their own lines.",
].join(" ");

const PROMPT_SYSTEM = [
  "You expand short ideas into vivid prompts for image and video generators.",
  'Answer with one JSON object only: {"prompt": string}. The prompt is one paragraph in English',
  `describing subject, setting, composition, lighting, style and mood, at most ${PROMPT_LIMIT} characters.`,
].join(" ");

export async function writeWithAi(input: AssistInput): Promise<AssistResult> {
  const model = chatModel(ASSIST_MODEL_ID)!;
  const ask = input.kind === "lyrics" ? `Song idea: ${input.idea}` : input.idea;
  const text = input.context ? `${ask}\n\nContext: ${input.context}` : ask;
  let answer: string;
  try {
    ({ text: answer } = await completeKieChat({
      model,
      messages: [{ role: "user", text }],
      options: {
        system: input.kind === "lyrics" ? LYRICS_SYSTEM : PROMPT_SYSTEM,
        json: true,
        temperature: 0.9,
      },
    }));
  } catch (error) {
    if (error instanceof ChatUpstreamError) throw new AppError("upstream", error.message, { status: 502 });
    throw error;
  }
  const parsed = parseJsonObject(answer);
  if (input.kind === "lyrics") {
    const lyrics = stringField(parsed, "lyrics") ?? (parsed ? undefined : answer.trim());
    if (!lyrics)
      throw new AppError("upstream", "The model answered without lyrics. Try again.", { status: 502 });
    return {
      lyrics: lyrics.slice(0, LYRICS_LIMITS.lyrics),
      style: (stringField(parsed, "style") ?? "").slice(0, LYRICS_LIMITS.style),
      title: (stringField(parsed, "title") ?? "").slice(0, LYRICS_LIMITS.title),
    };
  }
  return { prompt: (stringField(parsed, "prompt") ?? answer.trim()).slice(0, PROMPT_LIMIT) };
}

/** Models sometimes wrap JSON in a code fence or prose; take the outermost object. */
export function parseJsonObject(text: string): Record<string, unknown> | null {
  const start = text.indexOf("{");
  const end = text.lastIndexOf("}");
  if (start === -1 || end <= start) return null;
  try {
    const value: unknown = JSON.parse(text.slice(start, end + 1));
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

function stringField(obj: Record<string, unknown> | null, key: string): string | undefined {
  const value = obj?.[key];
  return typeof value === "string" && value.trim() ? value.trim() : undefined;
}
