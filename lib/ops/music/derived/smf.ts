import { gmProgramFor, isDrumKit } from "./gm-programs";

/** A note with times in seconds, as Kie's MIDI transcription reports it. */
export type SmfNote = { pitch: number; startSec: number; endSec: number; velocity: number };
export type SmfInstrument = { name: string; notes: SmfNote[] };

/** Ticks per quarter note; at the fixed 120 bpm one second is 2 × PPQ ticks. */
export const PPQ = 480;
const MICROSECONDS_PER_QUARTER = 500_000;
const TICKS_PER_SECOND = (PPQ * 1_000_000) / MICROSECONDS_PER_QUARTER;
const DRUM_CHANNEL = 9;

/**
 * Encodes instruments as a Standard MIDI File, format 1: a conductor track (tempo 120 bpm, 4/4)
 * then one named track per instrument with its GM program. Kie reports seconds, not beats, so
 * the fixed tempo keeps every note exactly where Kie placed it. Pure; no Node APIs.
 */
export function encodeSmf(instruments: SmfInstrument[]): Uint8Array {
  const conductor = [
    ...meta(0, 0x51, [0x07, 0xa1, 0x20]),
    ...meta(0, 0x58, [4, 2, 24, 8]),
    ...meta(0, 0x2f, []),
  ];
  let melodicChannel = 0;
  const tracks = instruments.map((instrument) => {
    const drums = isDrumKit(instrument.name);
    const channel = drums ? DRUM_CHANNEL : nextMelodic(melodicChannel++);
    return instrumentTrack(instrument, channel, drums);
  });
  const header = [...ascii("MThd"), ...u32(6), ...u16(1), ...u16(tracks.length + 1), ...u16(PPQ)];
  const chunks = [conductor, ...tracks].flatMap((events) => [
    ...ascii("MTrk"),
    ...u32(events.length),
    ...events,
  ]);
  return Uint8Array.from([...header, ...chunks]);
}

/** Melodic channels cycle through 0–15, skipping the GM drum channel. */
function nextMelodic(index: number): number {
  const channel = index % 15;
  return channel >= DRUM_CHANNEL ? channel + 1 : channel;
}

type TimedEvent = { tick: number; order: number; bytes: number[] };

function instrumentTrack(instrument: SmfInstrument, channel: number, drums: boolean): number[] {
  const events: TimedEvent[] = [];
  for (const note of instrument.notes) {
    const pitch = clamp(Math.round(note.pitch), 0, 127);
    const on = secondsToTicks(note.startSec);
    const off = Math.max(on + 1, secondsToTicks(note.endSec));
    const velocity = midiVelocity(note.velocity);
    // Note-offs sort before note-ons at the same tick so repeated pitches retrigger cleanly.
    events.push({ tick: on, order: 1, bytes: [0x90 | channel, pitch, velocity] });
    events.push({ tick: off, order: 0, bytes: [0x80 | channel, pitch, 0] });
  }
  events.sort((a, b) => a.tick - b.tick || a.order - b.order);

  const out: number[] = [...meta(0, 0x03, [...utf8(instrument.name)])];
  if (!drums) out.push(0x00, 0xc0 | channel, gmProgramFor(instrument.name));
  let last = 0;
  for (const event of events) {
    out.push(...vlq(event.tick - last), ...event.bytes);
    last = event.tick;
  }
  out.push(...meta(0, 0x2f, []));
  return out;
}

/** Kie's velocities are 0–1 (the docs show `velocity: 1`); classic 1–127 values pass through. */
export function midiVelocity(v: number): number {
  if (!Number.isFinite(v) || v <= 0) return 64;
  return clamp(Math.round(v <= 1 ? v * 127 : v), 1, 127);
}

export function secondsToTicks(seconds: number): number {
  return Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds * TICKS_PER_SECOND) : 0;
}

/** Variable-length quantity: 7 bits per byte, most significant first, continuation bit set. */
export function vlq(value: number): number[] {
  let v = Math.max(0, Math.floor(value));
  const bytes = [v & 0x7f];
  v >>>= 7;
  while (v > 0) {
    bytes.unshift((v & 0x7f) | 0x80);
    v >>>= 7;
  }
  return bytes;
}

function meta(delta: number, type: number, data: number[]): number[] {
  return [...vlq(delta), 0xff, type, ...vlq(data.length), ...data];
}

function u32(v: number): number[] {
  return [(v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff];
}

function u16(v: number): number[] {
  return [(v >>> 8) & 0xff, v & 0xff];
}

function ascii(s: string): number[] {
  return [...s].map((c) => c.charCodeAt(0));
}

function utf8(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

function clamp(v: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, v));
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Standard base64 without Node's Buffer (lib/ops runs in the browser too). */
export function toBase64(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i];
    const b = i + 1 < bytes.length ? bytes[i + 1] : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2] : 0;
    const n = (a << 16) | (b << 8) | c;
    out += B64[(n >>> 18) & 63] + B64[(n >>> 12) & 63];
    out += i + 1 < bytes.length ? B64[(n >>> 6) & 63] : "=";
    out += i + 2 < bytes.length ? B64[n & 63] : "=";
  }
  return out;
}
