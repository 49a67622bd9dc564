import { encodeSmf, type SmfInstrument, type SmfNote, toBase64 } from "../music/derived/smf";
import type { TaskOutput, TaskStatus } from "../types";
import { asRecord, type Json, malformed, num, str } from "./read";
import { failed, openDerived, recordError } from "./suno-derived-read";

/**
 * Suno MIDI (REFERENCE §6.11). Record-info: INTEGER `successFlag` (0 pending, 1 success, 2 create
 * failed, 3 MIDI failed) and `midiData.instruments`; callbacks put `state`/`instruments` directly in
 * `data`. Note times are sometimes strings. The notes become a real Standard MIDI File.
 */
export function normalizeSunoMidi(raw: unknown): TaskStatus {
  const opened = openDerived(raw, "MIDI generation failed");
  if ("status" in opened) return opened.status;
  const data = opened.data;
  if (!("successFlag" in data)) {
    if (!("instruments" in data)) return malformed("callback", "callback without instruments");
    return fromMidiData("callback", data, data);
  }
  const flag = num(data.successFlag);
  if (flag === undefined) return malformed("?", "missing successFlag");
  const upstream = String(flag);
  if (flag === 0) return { state: "running", outputs: [], upstream, progress: 0.2 };
  if (flag === 2 || flag === 3)
    return failed(upstream, recordError(data, flag === 2 ? "CREATE_TASK_FAILED" : "MIDI_GENERATION_FAILED"));
  if (flag !== 1) return { state: "running", outputs: [], upstream, note: `Unknown successFlag ${flag}` };
  const midiData = asRecord(data.midiData);
  if (!midiData) return malformed(upstream, "success without midiData");
  return fromMidiData(upstream, midiData, data);
}

function fromMidiData(upstream: string, midi: Json, record: Json): TaskStatus {
  if (!Array.isArray(midi.instruments)) return malformed(upstream, "instruments is not a list");
  const instruments = midi.instruments.map(readInstrument).filter((i): i is SmfInstrument => !!i);
  if (instruments.length !== midi.instruments.length) return malformed(upstream, "unreadable instrument");
  const noteCount = instruments.reduce((n, i) => n + i.notes.length, 0);
  const lastSec = Math.max(0, ...instruments.flatMap((i) => i.notes.map((n) => n.endSec)));
  const output: TaskOutput = {
    key: "midi",
    kind: "midi",
    url: "",
    mime: "audio/midi",
    inline: { mime: "audio/midi", base64: toBase64(encodeSmf(instruments)) },
    title: "MIDI",
    durationSec: lastSec > 0 ? Math.round(lastSec * 100) / 100 : undefined,
    providerId: str(record.audioId),
    meta: {
      instruments: instruments.map((i) => ({ name: i.name, notes: i.notes.length })),
      noteCount,
    },
  };
  const done: TaskStatus = { state: "succeeded", outputs: [output], upstream, progress: 1 };
  return noteCount === 0 ? { ...done, note: "Kie found no notes to transcribe" } : done;
}

function readInstrument(v: unknown): SmfInstrument | undefined {
  const r = asRecord(v);
  if (!r || !Array.isArray(r.notes)) return undefined;
  const notes: SmfNote[] = [];
  for (const n of r.notes) {
    const note = asRecord(n);
    const pitch = num(note?.pitch);
    const startSec = num(note?.start);
    const endSec = num(note?.end);
    if (pitch === undefined || startSec === undefined || endSec === undefined) return undefined;
    notes.push({ pitch, startSec, endSec, velocity: num(note?.velocity) ?? 1 });
  }
  return { name: str(r.name)?.trim() || "Instrument", notes };
}
