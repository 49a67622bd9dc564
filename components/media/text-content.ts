/** What a text result holds, worked out from its bytes so each kind can be drawn properly. */
export type TextContent =
  | { type: "plain"; text: string }
  | { type: "transcript"; text: string; turns: SpeakerTurn[]; language?: string }
  | { type: "timed-words"; words: { word: string; startS: number }[] }
  | { type: "fields"; fields: { name: string; value: string }[] }
  | { type: "json"; text: string };

export type SpeakerTurn = { speaker: string; text: string; startS?: number };

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === "string" ? v : undefined);
const num = (v: unknown) => {
  const n = typeof v === "string" ? Number(v) : v;
  return typeof n === "number" && Number.isFinite(n) ? n : undefined;
};

/** "speaker_0" → "Speaker 1"; named speakers keep their names. */
export function speakerLabel(id: string): string {
  const m = /^speaker[_\s-]?(\d+)$/i.exec(id.trim());
  return m ? `Speaker ${Number(m[1]) + 1}` : id;
}

/**
 * ElevenLabs speech-to-text answers with `words` (each with `text`, `type`, `start` and, when
 * diarized, `speaker_id`); consecutive words of one speaker become one turn. Other transcribers
 * answer with `utterances`/`segments` that already carry a speaker.
 */
function transcriptOf(body: Json): TextContent | undefined {
  const text = str(body.text) ?? "";
  const language = str(body.language_code) ?? str(body.languageCode);
  const words = Array.isArray(body.words) ? body.words.filter(isObj) : [];
  const turns: SpeakerTurn[] = [];
  if (words.length) {
    for (const w of words) {
      // Scribe labels speakers only when asked to diarize; otherwise it is one unlabelled turn.
      const id = str(w.speaker_id) ?? str(w.speaker);
      const speaker = id ? speakerLabel(id) : "";
      const piece = str(w.text) ?? str(w.word) ?? "";
      const last = turns.at(-1);
      if (last && last.speaker === speaker) last.text += piece;
      else if (piece.trim()) turns.push({ speaker, text: piece.trimStart(), startS: num(w.start) });
    }
  }
  const segments = body.utterances ?? body.segments;
  if (!turns.length && Array.isArray(segments)) {
    for (const s of segments.filter(isObj)) {
      const t = str(s.text)?.trim();
      if (t)
        turns.push({
          speaker: speakerLabel(str(s.speaker) ?? str(s.speaker_id) ?? ""),
          text: t,
          startS: num(s.start),
        });
    }
  }
  for (const turn of turns) turn.text = turn.text.trim();
  if (!turns.length && !text) return undefined;
  if (!turns.length) turns.push({ speaker: "", text });
  return { type: "transcript", text: text || turns.map((t) => t.text).join(" "), turns, language };
}

/** Suno timestamped lyrics: `alignedWords: [{word, startS, endS}]`. */
function timedWordsOf(body: Json): TextContent | undefined {
  if (!Array.isArray(body.alignedWords)) return undefined;
  const words = body.alignedWords.filter(isObj).flatMap((w) => {
    const word = str(w.word);
    const startS = num(w.startS);
    return word !== undefined && startS !== undefined ? [{ word, startS }] : [];
  });
  return words.length ? { type: "timed-words", words } : undefined;
}

/** A small flat record (persona: name, description, personaId) reads best as labelled fields. */
function fieldsOf(body: Json): TextContent | undefined {
  const entries = Object.entries(body);
  if (!entries.length || entries.length > 12) return undefined;
  if (!entries.every(([, v]) => ["string", "number", "boolean"].includes(typeof v))) return undefined;
  return { type: "fields", fields: entries.map(([name, value]) => ({ name, value: String(value) })) };
}

export function parseTextContent(raw: string, mime: string | null): TextContent {
  const looksJson = mime?.includes("json") || /^\s*[{[]/.test(raw);
  if (!looksJson) return { type: "plain", text: raw };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { type: "plain", text: raw };
  }
  if (typeof parsed === "string") return { type: "plain", text: parsed };
  const body = isObj(parsed) && isObj(parsed.resultObject) ? parsed.resultObject : parsed;
  if (isObj(body)) {
    const found =
      timedWordsOf(body) ??
      ("words" in body || "utterances" in body || "segments" in body ? transcriptOf(body) : undefined) ??
      fieldsOf(body);
    if (found) return found;
  }
  return { type: "json", text: JSON.stringify(parsed, null, 2) };
}

/** Timed words regrouped into lines at pauses, for reading lyrics as a sheet. */
export function timedLines(words: { word: string; startS: number }[], gapS = 1.2) {
  const lines: { startS: number; text: string }[] = [];
  let prev: number | undefined;
  for (const { word, startS } of words) {
    const last = lines.at(-1);
    if (!last || (prev !== undefined && startS - prev > gapS) || /\n/.test(word)) {
      lines.push({ startS, text: word.replace(/\n/g, "").trim() });
    } else last.text = `${last.text} ${word.trim()}`.trim();
    prev = startS;
  }
  return lines.filter((l) => l.text);
}
