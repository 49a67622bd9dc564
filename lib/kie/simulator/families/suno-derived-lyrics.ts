import { InputError, kieSuccess, readJsonObject } from "../envelope";
import { flagsFrom, newTaskId, requireCredits, startTask } from "../lifecycle";
import { createRng, seedFrom } from "../media/random";
import type { SimContext } from "../state";
import type { SimTask, Stage } from "../types";
import { requiredString } from "../validate";
import { keywordsOf, lyricsFor } from "./suno-content";
import { derivedStages, derivedTask, phaseOf, requireCallBackUrl } from "./suno-derived-common";

export const LYRICS_CHARGE = 2;
const TIMELINE = { done: 6_000 };
const MODERATION_MSG = "Song Description flagged for moderation";

type Variation = { title: string; text: string };

/** POST /api/v1/lyrics {prompt ≤ 200, callBackUrl} (REFERENCE §6.9). */
export async function sunoLyricsCreate(req: Request, ctx: SimContext): Promise<Response> {
  const body = await readJsonObject(req);
  const callBackUrl = requireCallBackUrl(body);
  const prompt = requiredString(body, "prompt");
  // Kie's lyrics endpoint answers an over-long prompt with its own code 413 (REFERENCE §1.3).
  if (prompt.length > 200) throw new InputError(413, "The prompt is too long (at most 200 characters)");
  requireCredits(ctx, LYRICS_CHARGE);
  const flags = flagsFrom(prompt);
  const task = derivedTask({
    id: newTaskId(),
    family: "suno-lyrics",
    model: "suno-lyrics",
    request: body,
    callBackUrl,
    flags,
    charge: LYRICS_CHARGE,
    stages: derivedStages(ctx, TIMELINE, flags),
    extra: { prompt },
  });
  startTask(ctx, task);
  return kieSuccess({ taskId: task.id });
}

/** The §6.9 record: `status` PENDING → SUCCESS (or SENSITIVE_WORD_ERROR for `[sim:fail]`). */
export function lyricsRecord(_ctx: SimContext, task: SimTask, now: number): Record<string, unknown> {
  const phase = phaseOf(task, now);
  const failed = phase === "failed";
  const items =
    phase === "success"
      ? variationsOf(task).map((v) => ({
          text: v.text,
          title: v.title,
          status: "complete",
          errorMessage: "",
        }))
      : [];
  return {
    taskId: task.id,
    param: JSON.stringify({ prompt: task.extra?.prompt }),
    response: { taskId: task.id, data: items },
    status: failed ? "SENSITIVE_WORD_ERROR" : phase === "success" ? "SUCCESS" : "PENDING",
    type: "LYRICS",
    errorCode: failed ? 400 : null,
    errorMessage: failed ? MODERATION_MSG : null,
  };
}

/** Lyrics callbacks stay `callbackType: "complete"` even on failure (code 400, `data: null`). */
export function lyricsCallback(_ctx: SimContext, task: SimTask, stage: Stage): unknown {
  if (stage.name === "error")
    return {
      code: 400,
      msg: MODERATION_MSG,
      data: { callbackType: "complete", task_id: task.id, data: null },
    };
  if (stage.name !== "complete") return null;
  return {
    code: 200,
    msg: "All generated successfully.",
    data: {
      callbackType: "complete",
      task_id: task.id,
      data: variationsOf(task).map((v) => ({
        error_message: "",
        status: "complete",
        text: v.text,
        title: v.title,
      })),
    },
  };
}

const TITLE_PATTERNS = ["{A} {B}", "The {A} Song", "{B} and {C}", "Under the {A}", "{C} Tonight"];

/** Two or three variations, derived from the prompt alone (same prompt, same lyrics). */
export function lyricVariations(prompt: string): Variation[] {
  const rng = createRng(seedFrom("lyric-variations", prompt));
  const count = rng.chance(0.5) ? 2 : 3;
  const words = keywordsOf(prompt).map((w) => w[0].toUpperCase() + w.slice(1));
  const word = (i: number) => words[i % words.length];
  const titles = [...TITLE_PATTERNS].sort(() => rng.next() - 0.5);
  return Array.from({ length: count }, (_, i) => ({
    title: titles[i]
      .replace("{A}", word(i))
      .replace("{B}", word(i + 1))
      .replace("{C}", word(i + 2)),
    text: lyricsFor({
      customMode: false,
      instrumental: false,
      // The digit only reseeds the writer: keywordsOf ignores it, so every take keeps the theme.
      prompt: `${prompt} ${i}`,
      style: "",
      title: "",
    }),
  }));
}

function variationsOf(task: SimTask): Variation[] {
  return lyricVariations(String(task.extra?.prompt ?? ""));
}
