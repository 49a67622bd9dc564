import type { AnyOperation } from "@/lib/ops/types";

export type MusicSection = "Create" | "From a track" | "Writing" | "Sounds";

export const MUSIC_SECTIONS: readonly MusicSection[] = ["Create", "From a track", "Writing", "Sounds"];

/** Writing tools produce words, not audio, and start from nothing (lyrics, boost style). */
const WRITING = new Set(["music.lyrics", "music.boost-style"]);

/**
 * Where an operation sits in the Music switcher: Generate on its own; anything that starts from a
 * song (or an uploaded one) under "From a track"; word tools under "Writing"; loops under "Sounds".
 */
export function musicSectionOf(op: Pick<AnyOperation, "id" | "outputs" | "source">): MusicSection {
  if (op.id === "music.generate") return "Create";
  if (op.id === "music.sounds") return "Sounds";
  if (WRITING.has(op.id) || (!op.source && op.outputs.every((kind) => kind === "text"))) return "Writing";
  return "From a track";
}

export function musicSections<T extends Pick<AnyOperation, "id" | "outputs" | "source">>(ops: readonly T[]) {
  return MUSIC_SECTIONS.map((section) => ({
    section,
    operations: ops.filter((op) => musicSectionOf(op) === section),
  })).filter((group) => group.operations.length > 0);
}

/** Suno lyrics results are song texts the generate form can sing ("Use these lyrics"). */
export const isLyricsOperation = (operationId: string) => operationId === "music.lyrics";

/** The generate form in custom mode, singing the chosen lyrics under their title. */
export function lyricsToGenerateValues(lyrics: { text: string; title?: string | null }) {
  return {
    customMode: true,
    prompt: lyrics.text.trim(),
    ...(lyrics.title?.trim() ? { title: lyrics.title.trim() } : {}),
  };
}
