import type { AudioSpec } from "../types";
import { createRng, type Rng, seedFrom } from "./random";
import { encodeWav, SAMPLE_RATE } from "./wav";

const MAJOR = [0, 2, 4, 5, 7, 9, 11];
const MINOR = [0, 2, 3, 5, 7, 8, 10];
const MAJOR_PROGRESSIONS = [
  [0, 4, 5, 3],
  [0, 5, 3, 4],
  [0, 3, 4, 4],
  [5, 3, 0, 4],
  [0, 2, 3, 4],
];
const MINOR_PROGRESSIONS = [
  [0, 5, 2, 6],
  [0, 3, 4, 0],
  [0, 6, 5, 4],
  [0, 5, 3, 4],
];
const RHYTHMS = [
  [1, 1, 1, 1],
  [1.5, 0.5, 1, 1],
  [0.5, 0.5, 1, 2],
  [2, 1, 1],
  [1, 0.5, 0.5, 2],
  [0.5, 1, 0.5, 2],
];

type Mood = { minor: boolean; tempo: number; drums: number };
type Envelope = { attack: number; release: number; decayRate?: number };

/** Renders a short deterministic song (pads, bass, melody, drums) as a 16-bit mono WAV. */
export function renderSongWav(spec: AudioSpec): Buffer {
  return encodeWav(synthesizeSong(spec));
}

export function synthesizeSong(spec: AudioSpec): Int16Array {
  const rng = createRng(seedFrom("song", spec.seed, spec.take, spec.prompt, spec.style));
  const mood = moodFor(`${spec.prompt} ${spec.style}`.toLowerCase(), rng);
  const mix = new Float32Array(spec.sampleCount);
  const beat = 60 / mood.tempo;
  const bar = beat * 4;
  const root = 48 + rng.int(0, 11);
  const scale = mood.minor ? MINOR : MAJOR;
  const progression = rng.pick(mood.minor ? MINOR_PROGRESSIONS : MAJOR_PROGRESSIONS);
  const bars = Math.ceil(spec.sampleCount / SAMPLE_RATE / bar);
  const melodySeed = seedFrom("melody", spec.seed, spec.take);

  for (let b = 0; b < bars; b++) {
    const t0 = b * bar;
    const chord = progression[b % progression.length];
    const outro = b >= bars - 2;
    for (const k of [0, 2, 4]) {
      const f = hz(note(root, scale, chord + k));
      addTone(mix, t0, bar, f, 0.045, { attack: 0.35, release: 0.5 }, [1, 0.35, 0.12]);
    }
    if (b >= 1) addBass(mix, t0, beat, hz(note(root - 12, scale, chord)), b % 2 === 1);
    if (b >= 2 && !outro) addMelodyBar(mix, t0, beat, root + 12, scale, chord, melodySeed, b);
    if (b >= 2 && !outro && mood.drums > 0) addDrumBar(mix, t0, beat, mood.drums, rng);
  }
  return finish(mix);
}

function moodFor(text: string, rng: Rng): Mood {
  const calm = /calm|slow|ambient|piano|lo-?fi|chill|ballad|sleep|soft|acoustic|classical/.test(text);
  const energetic = /edm|dance|rock|upbeat|fast|party|energetic|techno|punk|metal|house|drum/.test(text);
  const minor = /sad|dark|melanchol|minor|night|rain|lonely|moody|noir|blues/.test(text) || rng.chance(0.3);
  const tempo = energetic ? rng.int(118, 140) : calm ? rng.int(68, 90) : rng.int(88, 118);
  const drums = calm ? 0.35 : energetic ? 1 : 0.75;
  return { minor, tempo, drums };
}

function note(root: number, scale: number[], degree: number): number {
  const octave = Math.floor(degree / 7);
  const index = ((degree % 7) + 7) % 7;
  return root + octave * 12 + scale[index];
}

function hz(midi: number): number {
  return 440 * 2 ** ((midi - 69) / 12);
}

const SINE_SIZE = 8192;
const SINE_MASK = SINE_SIZE - 1;
const SINE = Float32Array.from({ length: SINE_SIZE }, (_, i) => Math.sin((2 * Math.PI * i) / SINE_SIZE));

/** sin(2π·cycles) by table: ToInt32 wraps modulo 2^32, a multiple of the table size, so any phase works. */
function sineCycles(cycles: number): number {
  return SINE[(cycles * SINE_SIZE) & SINE_MASK];
}

function addTone(
  mix: Float32Array,
  startSec: number,
  lengthSec: number,
  freq: number,
  amp: number,
  env: Envelope,
  harmonics: number[],
  vibrato = 0,
): void {
  const start = Math.floor(startSec * SAMPLE_RATE);
  const total = Math.floor((lengthSec + env.release) * SAMPLE_RATE);
  const cyclesPerSample = freq / SAMPLE_RATE;
  const decayPerSample = env.decayRate ? Math.exp(-env.decayRate / SAMPLE_RATE) : 1;
  let decay = 1;
  for (let i = 0; i < total; i++) {
    const index = start + i;
    if (index >= mix.length) break;
    const t = i / SAMPLE_RATE;
    let e = t < env.attack ? t / env.attack : 1;
    e *= decay;
    decay *= decayPerSample;
    if (t > lengthSec) e *= Math.max(0, 1 - (t - lengthSec) / env.release);
    const cycles = cyclesPerSample * i + (vibrato ? vibrato * sineCycles(5.5 * t) : 0);
    let v = 0;
    for (let h = 0; h < harmonics.length; h++) v += harmonics[h] * sineCycles(cycles * (h + 1));
    mix[index] += amp * e * v;
  }
}

function addBass(mix: Float32Array, t0: number, beat: number, freq: number, busy: boolean): void {
  const hits = busy ? [0, 1.5, 2, 3.5] : [0, 2];
  for (const h of hits) {
    addTone(
      mix,
      t0 + h * beat,
      beat * 0.9,
      freq,
      0.2,
      { attack: 0.01, release: 0.08, decayRate: 2.5 },
      [1, 0.3, 0.1],
    );
  }
}

/** Bars repeat in an A A B A shape so the tune is recognisable, and differs per take. */
function addMelodyBar(
  mix: Float32Array,
  t0: number,
  beat: number,
  root: number,
  scale: number[],
  chord: number,
  melodySeed: number,
  barIndex: number,
): void {
  const phrasePos = (barIndex - 2) % 8;
  const section = phrasePos >= 4 && phrasePos < 6 ? "B" : "A";
  const rng = createRng(seedFrom(melodySeed, section, phrasePos % 2, chord));
  const rhythm = rng.pick(RHYTHMS);
  let degree = chord + rng.pick([0, 2, 4]);
  let offset = 0;
  for (const length of rhythm) {
    if (!rng.chance(0.12)) {
      const f = hz(note(root, scale, degree));
      const env = { attack: 0.02, release: 0.12, decayRate: 1.2 };
      addTone(mix, t0 + offset * beat, length * beat * 0.92, f, 0.12, env, [1, 0.5, 0.2, 0.08], 0.15);
    }
    offset += length;
    degree = Math.max(chord - 3, Math.min(chord + 9, degree + rng.pick([-2, -1, -1, 1, 1, 2, 0])));
  }
}

function addDrumBar(mix: Float32Array, t0: number, beat: number, level: number, rng: Rng): void {
  for (let q = 0; q < 4; q++) {
    const at = t0 + q * beat;
    if (q === 0 || q === 2) addKick(mix, at, 0.55 * level);
    if (q === 1 || q === 3) addSnare(mix, at, 0.28 * level, rng);
    addHat(mix, at, 0.06 * level, rng);
    addHat(mix, at + beat / 2, 0.04 * level, rng);
  }
}

function addKick(mix: Float32Array, at: number, amp: number): void {
  const start = Math.floor(at * SAMPLE_RATE);
  const bodyDecay = Math.exp(-9 / SAMPLE_RATE);
  const pitchDecay = Math.exp(-28 / SAMPLE_RATE);
  let cycles = 0;
  let level = amp;
  let sweep = 90;
  for (let i = 0; i < SAMPLE_RATE * 0.3 && start + i < mix.length; i++) {
    cycles += (48 + sweep) / SAMPLE_RATE;
    mix[start + i] += level * sineCycles(cycles);
    level *= bodyDecay;
    sweep *= pitchDecay;
  }
}

function addSnare(mix: Float32Array, at: number, amp: number, rng: Rng): void {
  const start = Math.floor(at * SAMPLE_RATE);
  const noiseDecay = Math.exp(-24 / SAMPLE_RATE);
  const toneDecay = Math.exp(-30 / SAMPLE_RATE);
  let noiseLevel = amp;
  let toneLevel = amp * 0.5;
  for (let i = 0; i < SAMPLE_RATE * 0.18 && start + i < mix.length; i++) {
    const noise = rng.next() * 2 - 1;
    mix[start + i] += noise * noiseLevel + toneLevel * sineCycles((185 * i) / SAMPLE_RATE);
    noiseLevel *= noiseDecay;
    toneLevel *= toneDecay;
  }
}

function addHat(mix: Float32Array, at: number, amp: number, rng: Rng): void {
  const start = Math.floor(at * SAMPLE_RATE);
  const decay = Math.exp(-90 / SAMPLE_RATE);
  let level = amp;
  let previous = 0;
  for (let i = 0; i < SAMPLE_RATE * 0.05 && start + i < mix.length; i++) {
    const noise = rng.next() * 2 - 1;
    mix[start + i] += level * (noise - previous);
    level *= decay;
    previous = noise;
  }
}

/** Fades, normalises to -1.4 dBFS and quantises. */
function finish(mix: Float32Array): Int16Array {
  const fadeIn = Math.floor(0.02 * SAMPLE_RATE);
  const fadeOut = Math.min(mix.length, Math.floor(2 * SAMPLE_RATE));
  let peak = 0;
  for (let i = 0; i < mix.length; i++) {
    if (i < fadeIn) mix[i] *= i / fadeIn;
    const fromEnd = mix.length - i;
    if (fromEnd < fadeOut) mix[i] *= fromEnd / fadeOut;
    peak = Math.max(peak, Math.abs(mix[i]));
  }
  const gain = peak > 0 ? 0.85 / peak : 0;
  const out = new Int16Array(mix.length);
  for (let i = 0; i < mix.length; i++) out[i] = Math.round(Math.max(-1, Math.min(1, mix[i] * gain)) * 32767);
  return out;
}
