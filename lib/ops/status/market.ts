import type { AssetKind, TaskOutput, TaskStatus } from "../types";
import { asRecord, envelope, type Json, malformed, num, parseJsonish, str, urlList } from "./read";

const RUNNING = ["waiting", "queuing", "generating"];

/** Market jobs: `state` string (+ successFlag since late 2026); results in `resultJson` (string) or `response`. */
export function makeMarketNormalizer(kind: AssetKind) {
  return (raw: unknown): TaskStatus => normalizeMarket(raw, kind);
}

/**
 * Reads a record-info answer or a callback body. `kind` is what the operation makes (its first
 * output kind): media URLs become outputs of that kind; `resultObject` (text-type models such as
 * speech-to-text) becomes inline text outputs.
 */
export function normalizeMarket(raw: unknown, kind: AssetKind = "image"): TaskStatus {
  const env = envelope(raw);
  const data = asRecord(env.data);
  if (env.code === 404)
    return { state: "queued", outputs: [], upstream: "NOT_FOUND", note: "Kie has no record yet" };
  if (!data) {
    if (env.code !== undefined && env.code !== 200)
      return failure(String(env.code), env.msg || "Generation failed");
    return malformed("?", "no data object");
  }
  const state = stateOf(data);
  const credits = num(data.consumeCredits) ?? num(data.creditsConsumed);
  if (state === "fail" || (env.code !== undefined && env.code !== 200)) {
    const code = str(data.failCode) || String(env.code ?? 500);
    return { ...failure(code, str(data.failMsg) || env.msg || "Generation failed"), credits };
  }
  if (state === "success") {
    const outputs = successOutputs(data, kind);
    if (!outputs.length) return malformed("success", "success without results");
    return { state: "succeeded", outputs, upstream: state, progress: 1, credits };
  }
  if (state && RUNNING.includes(state)) {
    const p = num(data.progress);
    return {
      state: state === "generating" ? "running" : "queued",
      outputs: [],
      upstream: state,
      progress: p === undefined ? undefined : p / 100,
      credits,
    };
  }
  return { state: "running", outputs: [], upstream: state ?? "?", note: `Unknown market state "${state}"` };
}

/** `state` is the truth; records that only carry the late-2026 `successFlag` (0/1/2+) still read. */
function stateOf(data: Json): string | undefined {
  const state = str(data.state);
  if (state) return state;
  const flag = num(data.successFlag);
  if (flag === undefined) return undefined;
  return flag === 1 ? "success" : flag === 0 ? "generating" : "fail";
}

/** `resultJson` (a JSON string, "" until done) first, then the late-2026 object `response`. */
function successOutputs(data: Json, kind: AssetKind): TaskOutput[] {
  const result = asRecord(parseJsonish(data.resultJson));
  const response = asRecord(data.response);
  const urls = urlList(result?.resultUrls ?? response?.resultUrls);
  const outputs: TaskOutput[] = urls.map((url, i) => ({ key: `${kind}-${i}`, kind, url }));
  const object = parseJsonish(result?.resultObject ?? response?.resultObject);
  if (object !== undefined && object !== null && object !== "") outputs.push(...textOutputs(object));
  return outputs;
}

type Word = { text: string; start?: number; end?: number; type?: string; speaker?: string };

/** Transcripts become readable text plus their timed words; any other object is kept as JSON. */
function textOutputs(object: unknown): TaskOutput[] {
  if (typeof object === "string") return [inlineText("transcript", object.trim())];
  const record = asRecord(object);
  const words = readWords(record?.words);
  const text = str(record?.text);
  if (!record || (text === undefined && !words.length)) {
    return [inlineJson("result", object, {})];
  }
  const speakers = [...new Set(words.flatMap((w) => (w.speaker ? [w.speaker] : [])))];
  const transcript = speakers.length ? speakerTurns(words, speakers) : (text ?? joinWords(words)).trim();
  const last = words.at(-1)?.end;
  const timing = last === undefined ? {} : { durationSec: last };
  const facts = stripUndefined({
    languageCode: str(record.language_code),
    speakers: speakers.length || undefined,
    words: words.filter((w) => w.type === undefined || w.type === "word").length || undefined,
  });
  return [
    { ...inlineText("transcript", transcript), ...timing, meta: facts },
    inlineJson("transcript-json", record, facts),
  ];
}

function readWords(v: unknown): Word[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((item) => {
    const w = asRecord(item);
    const text = str(w?.text);
    if (!w || text === undefined) return [];
    return [{ text, start: num(w.start), end: num(w.end), type: str(w.type), speaker: str(w.speaker_id) }];
  });
}

/** ElevenLabs words include "spacing" tokens; without them, words are joined with spaces. */
function joinWords(words: Word[]): string {
  const spaced = words.some((w) => w.type === "spacing");
  return spaced ? words.map((w) => w.text).join("") : words.map((w) => w.text.trim()).join(" ");
}

/** "Speaker 1: …" per turn, numbering speakers in order of first appearance (speaker_0 → 1). */
function speakerTurns(words: Word[], speakers: string[]): string {
  const turns: { speaker: string; words: Word[] }[] = [];
  for (const word of words) {
    const current = turns.at(-1);
    // Spacing and events without a speaker stay with whoever is talking.
    if (current && (!word.speaker || word.speaker === current.speaker)) current.words.push(word);
    else turns.push({ speaker: word.speaker ?? speakers[0], words: [word] });
  }
  return turns
    .map((t) => ({ n: speakers.indexOf(t.speaker) + 1, text: joinWords(t.words).trim() }))
    .filter((t) => t.text)
    .map((t) => `Speaker ${t.n}: ${t.text}`)
    .join("\n");
}

function inlineText(key: string, text: string): TaskOutput {
  return { key, kind: "text", url: "", mime: "text/plain", inline: { mime: "text/plain", text } };
}

function inlineJson(key: string, value: unknown, meta: Record<string, unknown>): TaskOutput {
  const text = JSON.stringify(value, null, 2);
  const output: TaskOutput = {
    key,
    kind: "text",
    url: "",
    mime: "application/json",
    inline: { mime: "application/json", text },
  };
  return Object.keys(meta).length ? { ...output, meta } : output;
}

function stripUndefined(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

function failure(code: string, message: string): TaskStatus {
  return {
    state: "failed",
    outputs: [],
    upstream: "fail",
    error: { code: `kie_${code}`, message, retryable: false },
  };
}
