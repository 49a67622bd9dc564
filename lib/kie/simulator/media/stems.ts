import type { AudioSpec } from "../types";
import { createRng, seedFrom } from "./random";

/** A stem as Kie names it: `stem_type_group_name`, record-info URL key, callback URL key. */
export type StemKind = { name: string; camel: string; snake: string };

export const STEM_KINDS: Record<string, StemKind> = {
  vocals: { name: "Vocals", camel: "vocalUrl", snake: "vocal_url" },
  instrumental: { name: "Instrumental", camel: "instrumentalUrl", snake: "instrumental_url" },
  backingVocals: { name: "Backing Vocals", camel: "backingVocalsUrl", snake: "backing_vocals_url" },
  drums: { name: "Drums", camel: "drumsUrl", snake: "drums_url" },
  bass: { name: "Bass", camel: "bassUrl", snake: "bass_url" },
  guitar: { name: "Guitar", camel: "guitarUrl", snake: "guitar_url" },
  piano: { name: "Piano", camel: "pianoUrl", snake: "piano_url" },
  keyboard: { name: "Keyboard", camel: "keyboardUrl", snake: "keyboard_url" },
  percussion: { name: "Percussion", camel: "percussionUrl", snake: "percussion_url" },
  strings: { name: "Strings", camel: "stringsUrl", snake: "strings_url" },
  synth: { name: "Synth", camel: "synthUrl", snake: "synth_url" },
  fx: { name: "FX", camel: "fxUrl", snake: "fx_url" },
  brass: { name: "Brass", camel: "brassUrl", snake: "brass_url" },
  woodwinds: { name: "Woodwinds", camel: "woodwindsUrl", snake: "woodwinds_url" },
};

/** The 12 split_stem keys of Kie's callback (piano has a record-info key only). */
export const SPLIT_STEM_KEYS = [
  "backingVocals",
  "bass",
  "brass",
  "drums",
  "fx",
  "guitar",
  "keyboard",
  "percussion",
  "strings",
  "synth",
  "vocals",
  "woodwinds",
] as const;

const OPTIONAL_SPLIT = [
  "backingVocals",
  "guitar",
  "keyboard",
  "percussion",
  "strings",
  "synth",
  "fx",
  "brass",
  "woodwinds",
];

/**
 * Which stems a separation yields: vocals + instrumental, or (split_stem) the rhythm section plus
 * three or four other parts picked from the song; instrumentals have no vocal stems.
 */
export function stemKeysFor(
  type: "separate_vocal" | "split_stem",
  seed: string,
  instrumental: boolean,
): string[] {
  if (type === "separate_vocal") return ["vocals", "instrumental"];
  const rng = createRng(seedFrom("stems", seed));
  const pool = OPTIONAL_SPLIT.filter((k) => !(instrumental && k === "backingVocals"));
  const extra: string[] = [];
  const count = rng.int(3, 4);
  while (extra.length < count) {
    const pick = rng.pick(pool);
    if (!extra.includes(pick)) extra.push(pick);
  }
  const base = instrumental ? ["drums", "bass"] : ["vocals", "drums", "bass"];
  return [...base, ...extra];
}

/**
 * A stem renders with the song synth, seeded by the source take and steered by the stem's name (a
 * "drums" style drives busier drums, "ambient" keys calmer pads), so every stem is a distinct,
 * audible WAV exactly as long as the source track.
 */
export function stemAudioSpec(source: AudioSpec, stemKey: string, index: number): AudioSpec {
  const name = STEM_KINDS[stemKey]?.name ?? stemKey;
  return {
    kind: "audio",
    prompt: `${source.prompt} (${name.toLowerCase()} stem)`,
    style: `${source.style}, ${name.toLowerCase()}`,
    seed: `${source.seed}:${stemKey}`,
    take: source.take * 100 + index + 1,
    sampleCount: source.sampleCount,
  };
}
