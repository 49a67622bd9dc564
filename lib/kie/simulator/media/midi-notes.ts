import { createRng, type Rng, seedFrom } from "./random";

export type SimNote = { pitch: number; start: number; end: number; velocity: number };
export type SimInstrument = { name: string; notes: SimNote[] };

/** What a transcription hears in each stem, named like Kie's (General MIDI) instrument names. */
const INSTRUMENTS_BY_STEM: Record<string, string[]> = {
  vocals: ["Voice Oohs"],
  backingVocals: ["Choir Aahs"],
  instrumental: ["Drums", "Electric Bass (finger)", "Acoustic Grand Piano"],
  drums: ["Drums"],
  percussion: ["Drums"],
  bass: ["Electric Bass (finger)"],
  guitar: ["Electric Guitar (clean)"],
  piano: ["Acoustic Grand Piano"],
  keyboard: ["Electric Piano 1"],
  strings: ["String Ensemble 1"],
  synth: ["Lead 2 (sawtooth)"],
  fx: ["Pad 8 (sweep)"],
  brass: ["Brass Section"],
  woodwinds: ["Flute"],
};

const MAJOR = [0, 2, 4, 5, 7, 9, 11];
/** Kie's note times are multiples of 1/192 s (e.g. 0.036458333… = 7/192). */
const GRID = 192;

/** Notes for the given stems of one song: one key and tempo per song, parts per instrument. */
export function transcribeStems(
  songSeed: string,
  stems: Array<{ key: string; id: string; duration: number }>,
): SimInstrument[] {
  const song = createRng(seedFrom("midi-song", songSeed));
  const tempo = song.int(84, 128);
  const root = 48 + song.int(0, 11);
  const byName = new Map<string, SimNote[]>();
  for (const stem of stems) {
    for (const name of INSTRUMENTS_BY_STEM[stem.key] ?? ["Acoustic Grand Piano"]) {
      const rng = createRng(seedFrom("midi-part", stem.id, name));
      const notes = partFor(name, rng, { tempo, root, duration: stem.duration });
      byName.set(
        name,
        [...(byName.get(name) ?? []), ...notes].sort((a, b) => a.start - b.start),
      );
    }
  }
  return [...byName].map(([name, notes]) => ({ name, notes }));
}

type Song = { tempo: number; root: number; duration: number };

function partFor(name: string, rng: Rng, song: Song): SimNote[] {
  const beat = 60 / song.tempo;
  const notes: SimNote[] = [];
  const add = (pitch: number, start: number, length: number, velocity: number) => {
    if (start >= song.duration - 0.05) return;
    const end = Math.min(song.duration, start + length);
    notes.push({ pitch, start: snap(start), end: snap(end), velocity: Math.round(velocity * 100) / 100 });
  };
  const beats = Math.floor(song.duration / beat);
  if (name === "Drums") {
    for (let b = 0; b < beats; b++) {
      const t = b * beat;
      add(b % 2 === 0 ? 36 : 38, t, beat * 0.4, 0.9);
      add(42, t, beat * 0.2, 0.6);
      add(42, t + beat / 2, beat * 0.2, 0.5);
    }
    return notes;
  }
  const chordAt = (b: number) => [0, 5, 3, 4][Math.floor(b / 4) % 4];
  if (name.includes("Bass")) {
    for (let b = 0; b < beats; b++) add(song.root - 12 + degree(chordAt(b)), b * beat, beat * 0.9, 0.85);
    return notes;
  }
  if (/Piano|String|Pad|Choir/.test(name)) {
    for (let b = 0; b < beats; b += 4)
      for (const k of [0, 2, 4]) add(song.root + degree(chordAt(b) + k), b * beat, beat * 3.8, 0.6);
    return notes;
  }
  // Melodic parts: a stepwise line on the chord tones, with rests.
  let step = chordAt(0) + 7;
  for (let t = beat * 4; t < song.duration; ) {
    const length = rng.pick([0.5, 1, 1, 1.5, 2]) * beat;
    if (!rng.chance(0.15)) add(song.root + degree(step), t, length * 0.9, rng.range(0.55, 1));
    step = Math.max(4, Math.min(14, step + rng.pick([-2, -1, 1, 1, 2])));
    t += length;
  }
  return notes;
}

function degree(d: number): number {
  return Math.floor(d / 7) * 12 + MAJOR[((d % 7) + 7) % 7];
}

function snap(seconds: number): number {
  return Math.round(seconds * GRID) / GRID;
}
