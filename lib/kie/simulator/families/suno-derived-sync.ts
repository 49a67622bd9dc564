import { randomBytes } from "node:crypto";
import { invalid, kieJson, kieSuccess, readJsonObject } from "../envelope";
import { flagsFrom, newTaskId, requireCredits } from "../lifecycle";
import { createRng, seedFrom } from "../media/random";
import type { SimContext } from "../state";
import { optionalNumber, optionalString, requiredString } from "../validate";
import { requireSourceTrack } from "./suno-derived-common";

/** Synchronous Suno helpers (REFERENCE §6.8): no task, no callback; charged on the spot. */
export const TIMESTAMPED_LYRICS_CHARGE = 2;
export const STYLE_CHARGE = 0.4;
export const PERSONA_CHARGE = 5;

/** POST /api/v1/generate/get-timestamped-lyrics {taskId, audioId}. */
export async function sunoTimestampedLyrics(req: Request, ctx: SimContext): Promise<Response> {
  const body = await readJsonObject(req);
  const src = requireSourceTrack(ctx, body);
  requireCredits(ctx, TIMESTAMPED_LYRICS_CHARGE);
  ctx.credits.debit(TIMESTAMPED_LYRICS_CHARGE);
  const rng = createRng(seedFrom("karaoke", src.track.id));
  return kieSuccess({
    alignedWords: alignWords(src.track.lyrics, src.track.duration),
    waveformData: Array.from({ length: 100 }, (_, i) =>
      round(0.35 + 0.3 * Math.sin(i / 4) + rng.range(0, 0.35), 3),
    ),
    hootCer: round(rng.range(0.1, 0.45), 4),
    isStreamed: false,
  });
}

/**
 * Spreads the track's words over its sung part (10 %–92 % of the track), each word's share in
 * proportion to its length. Section tags ride on the next word with a newline, as Kie shows them.
 */
export function alignWords(lyrics: string, duration: number) {
  const words: string[] = [];
  let pendingTag = "";
  for (const line of lyrics.split("\n")) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    if (/^\[.*\]$/.test(trimmed)) {
      pendingTag += `${trimmed}\n`;
      continue;
    }
    for (const word of trimmed.split(/\s+/)) {
      words.push(pendingTag + word);
      pendingTag = "";
    }
  }
  const start = duration * 0.1;
  const span = duration * 0.82;
  const weights = words.map((w) => w.replace(/^(\[.*\]\n)+/, "").length + 2);
  const total = weights.reduce((a, b) => a + b, 0);
  let t = start;
  return words.map((word, i) => {
    const length = (weights[i] / total) * span;
    const entry = { word, success: true, startS: round(t, 2), endS: round(t + length * 0.9, 2), palign: 0 };
    t += length;
    return entry;
  });
}

const TEXTURES = [
  "shimmering synth pads",
  "warm analog bass",
  "crisp live drums",
  "airy reverb tails",
  "plucked guitar arpeggios",
  "lush string swells",
];
const VOICES = [
  "breathy female vocals",
  "smooth male vocals",
  "layered harmonies",
  "intimate close-mic vocals",
];
const SHAPES = [
  "verses that build into a soaring chorus",
  "a hypnotic, steady groove",
  "a quiet intro blooming into a full arrangement",
  "call-and-response hooks",
];

/** POST /api/v1/style/generate {content}: live shape, with the Chinese successFlag "成功". */
export async function sunoBoostStyle(req: Request, ctx: SimContext): Promise<Response> {
  const body = await readJsonObject(req);
  const content = requiredString(body, "content", 1000);
  if (flagsFrom(content).fail) return kieJson(500, "Style generation failed, please try again later");
  requireCredits(ctx, STYLE_CHARGE);
  ctx.credits.debit(STYLE_CHARGE);
  const rng = createRng(seedFrom("boost-style", content));
  const base = content
    .replace(/\[sim:[a-z-]+\]/g, "")
    .split(/[,;]+/)
    .map((s) => s.trim())
    .filter(Boolean)
    .join(", ");
  const result = `${base}, ${rng.pick(VOICES)}, ${rng.pick(TEXTURES)}, ${rng.pick(TEXTURES)}, ${rng.int(72, 132)} BPM, ${rng.pick(SHAPES)}`;
  return kieSuccess({
    taskId: newTaskId(),
    param: JSON.stringify({ content }),
    result,
    creditsConsumed: STYLE_CHARGE,
    creditsRemaining: ctx.credits.balance,
    successFlag: "成功",
    errorCode: null,
    errorMessage: null,
    createTime: Date.now(),
  });
}

/** One persona per audioId (REFERENCE §6.8); kept per simulator, forgotten on restart. */
const personasBySim = new WeakMap<SimContext, Map<string, string>>();

/** POST /api/v1/generate/generate-persona {taskId, audioId, name, description, vocalStart, vocalEnd, style}. */
export async function sunoPersona(req: Request, ctx: SimContext): Promise<Response> {
  const body = await readJsonObject(req);
  const name = requiredString(body, "name", 100);
  const description = requiredString(body, "description", 500);
  optionalString(body, "style", 1000);
  const vocalStart = optionalNumber(body, "vocalStart", { min: 0 }) ?? 0;
  const vocalEnd = optionalNumber(body, "vocalEnd", { min: 0 }) ?? 30;
  const window = vocalEnd - vocalStart;
  if (window < 10 || window > 30) throw invalid("vocalEnd - vocalStart must be between 10 and 30 seconds");
  const src = requireSourceTrack(ctx, body);
  if (vocalEnd > src.track.duration) throw invalid("vocalEnd cannot exceed the audio duration");
  if (flagsFrom(`${name} ${description}`).fail) return kieJson(500, "Persona generation failed");
  const personas = personasBySim.get(ctx) ?? new Map<string, string>();
  personasBySim.set(ctx, personas);
  const existing = personas.get(src.track.id);
  if (existing) return kieJson(409, "A persona already exists for this audio", { personaId: existing });
  requireCredits(ctx, PERSONA_CHARGE);
  ctx.credits.debit(PERSONA_CHARGE);
  const personaId = randomBytes(16).toString("hex");
  personas.set(src.track.id, personaId);
  return kieSuccess({ personaId, name, description });
}

function round(v: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}
