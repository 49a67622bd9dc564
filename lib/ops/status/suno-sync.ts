import type { TaskStatus } from "../types";
import { type Json, malformed, num, str } from "./read";
import { failed, firstStr, openDerived } from "./suno-derived-read";

/**
 * The synchronous Suno helpers (REFERENCE §6.8): the create answer IS the result, so these families
 * normalize `{code, msg, data}` of the POST itself. No polling, no callbacks.
 */

/** `data: {alignedWords[{word, success, startS, endS, palign}], waveformData[], hootCer, isStreamed}`. */
export function normalizeSunoTimestampedLyrics(raw: unknown): TaskStatus {
  const opened = openSync(raw, "Timestamped lyrics are not available");
  if ("status" in opened) return opened.status;
  const data = opened.data;
  if (!Array.isArray(data.alignedWords)) return malformed("sync", "no alignedWords");
  const words = data.alignedWords.map(readWord);
  if (words.some((w) => !w)) return malformed("sync", "unreadable aligned word");
  const aligned = words as AlignedWord[];
  const karaoke = {
    alignedWords: aligned,
    waveformData: Array.isArray(data.waveformData) ? data.waveformData.map((v) => num(v) ?? 0) : [],
    hootCer: num(data.hootCer),
    isStreamed: data.isStreamed === true,
  };
  const last = aligned.at(-1);
  const status: TaskStatus = {
    state: "succeeded",
    upstream: "sync",
    progress: 1,
    outputs: [
      {
        key: "timestamped-lyrics",
        kind: "text",
        url: "",
        mime: "application/json",
        inline: { mime: "application/json", text: JSON.stringify(karaoke) },
        title: "Timestamped lyrics",
        durationSec: last ? last.endS : undefined,
        meta: { use: "karaoke", wordCount: aligned.length, hootCer: karaoke.hootCer },
      },
    ],
  };
  return aligned.length === 0 ? { ...status, note: "The track has no sung words" } : status;
}

type AlignedWord = { word: string; success: boolean; startS: number; endS: number; palign: number };

function readWord(v: unknown): AlignedWord | undefined {
  const r = v && typeof v === "object" && !Array.isArray(v) ? (v as Json) : undefined;
  const word = str(r?.word);
  const startS = num(r?.startS);
  const endS = num(r?.endS);
  if (!r || word === undefined || startS === undefined || endS === undefined) return undefined;
  return { word, success: r.success !== false, startS, endS, palign: num(r.palign) ?? 0 };
}

// Live answers said "成功" ("success") where the docs describe "0"/"1"/"2" (REFERENCE §15.6).
const STYLE_SUCCESS = new Set(["成功", "1", "SUCCESS", "success"]);
const STYLE_FAILURE = new Set(["失败", "2", "3", "FAILED", "fail", "failed"]);

/** Boost style: `data: {taskId, param, result, creditsConsumed, successFlag, errorCode, errorMessage…}`. */
export function normalizeSunoStyle(raw: unknown): TaskStatus {
  const opened = openSync(raw, "Style generation failed");
  if ("status" in opened) return opened.status;
  const data = opened.data;
  const flag = str(data.successFlag) ?? "";
  const credits = num(data.creditsConsumed);
  const result = str(data.result)?.trim();
  if (STYLE_FAILURE.has(flag) || (!result && str(data.errorMessage))) {
    const message = str(data.errorMessage) || "Suno could not expand the style";
    return { ...failed(flag || "sync", { code: "kie_style_failed", message, retryable: false }), credits };
  }
  if (!result) return malformed(flag || "sync", "no expanded style");
  const status: TaskStatus = {
    state: "succeeded",
    upstream: flag || "sync",
    progress: 1,
    credits,
    outputs: [
      {
        key: "style",
        kind: "text",
        url: "",
        mime: "text/plain",
        inline: { mime: "text/plain", text: result },
        title: "Boosted style",
        meta: { use: "style" },
      },
    ],
  };
  return STYLE_SUCCESS.has(flag) || flag === ""
    ? status
    : { ...status, note: `Unrecognised successFlag "${flag}"` };
}

/** Persona: `data: {personaId, name, description}`. */
export function normalizeSunoPersona(raw: unknown): TaskStatus {
  const opened = openSync(raw, "Persona generation failed");
  if ("status" in opened) return opened.status;
  const data = opened.data;
  const personaId = firstStr(data, "personaId", "persona_id");
  if (!personaId) return malformed("sync", "no personaId");
  const persona = { personaId, name: str(data.name) ?? "", description: str(data.description) ?? "" };
  return {
    state: "succeeded",
    upstream: "sync",
    progress: 1,
    outputs: [
      {
        key: "persona",
        kind: "text",
        url: "",
        mime: "application/json",
        inline: { mime: "application/json", text: JSON.stringify(persona) },
        title: persona.name || "Persona",
        providerId: personaId,
        meta: { personaId, use: "persona" },
      },
    ],
  };
}

/** A synchronous answer is final: `data: null` is not "no record yet" but a missing result. */
function openSync(raw: unknown, what: string): { status: TaskStatus } | { data: Json } {
  const opened = openDerived(raw, what);
  if ("status" in opened && opened.status.upstream === "NOT_FOUND")
    return { status: malformed("sync", "no data") };
  return opened;
}
