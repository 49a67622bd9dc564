import { createRng, seedFrom } from "../media/random";

/** What the fake Suno "writes": titles, tags and lyrics derived deterministically from the request. */
export type SongRequest = {
  customMode: boolean;
  instrumental: boolean;
  prompt: string;
  style: string;
  title: string;
};

const STOPWORDS = new Set(
  "the a an and or but of to in on at for with from by about into over under is are was were be been it its this that these those my your our their his her song music track about like make create write some very just sim fail slow".split(
    " ",
  ),
);
const GENRES = [
  "dream pop",
  "synthwave",
  "indie folk",
  "lo-fi",
  "soft rock",
  "electropop",
  "ambient",
  "funk",
];
const MOODS = ["uplifting", "nostalgic", "warm", "melancholic", "driving", "dreamy", "playful", "cinematic"];
const VERSE_LINES = [
  "Walking through the {a} at the edge of night",
  "Every {b} is whispering your name",
  "We were chasing {c} like it could last forever",
  "Holding on to {a} like a golden flame",
  "Streetlights hum a song about the {b}",
  "I can feel the {c} pulling me along",
  "Paper boats of {a} drifting down the stream",
  "Counting every {b} until the morning comes",
];
const CHORUS_LINES = [
  "Oh, {A}, carry me home",
  "{B} in the sky, we are never alone",
  "Sing it loud, let the {c} roll on",
  "Hold me close till the night is gone",
];
const BRIDGE_LINES = [
  "And if the {a} fades away",
  "I will find another way",
  "Through the {b} and through the rain",
];

export function keywordsOf(text: string): string[] {
  const words = (text.toLowerCase().match(/[\p{L}']+/gu) ?? []).filter(
    (w) => w.length >= 3 && !STOPWORDS.has(w),
  );
  const unique = [...new Set(words)];
  return unique.length > 0 ? unique : ["light", "heart", "road"];
}

export function tagsFor(song: SongRequest): string {
  if (song.customMode && song.style.trim()) return song.style.trim();
  const text = song.prompt.toLowerCase();
  const rng = createRng(seedFrom("tags", song.prompt));
  const genre = GENRES.find((g) => text.includes(g.split(" ")[0])) ?? rng.pick(GENRES);
  const tags = [genre, rng.pick(MOODS)];
  if (song.instrumental) tags.push("instrumental");
  return tags.join(", ");
}

export function titleFor(song: SongRequest): string {
  if (song.customMode && song.title.trim()) return song.title.trim();
  const words = keywordsOf(song.prompt).slice(0, 3);
  const title = words.map((w) => w[0].toUpperCase() + w.slice(1)).join(" ");
  return title.slice(0, 80);
}

/** Custom vocal mode sings the prompt verbatim; simple mode writes lyrics; instrumentals have none. */
export function lyricsFor(song: SongRequest): string {
  if (song.instrumental) return "";
  if (song.customMode) return song.prompt;
  const rng = createRng(seedFrom("lyrics", song.prompt));
  const words = keywordsOf(song.prompt);
  const fill = (line: string) =>
    line
      .replace(/\{a\}/g, words[0])
      .replace(/\{b\}/g, words[1 % words.length])
      .replace(/\{c\}/g, words[2 % words.length])
      .replace(/\{A\}/g, capitalize(words[0]))
      .replace(/\{B\}/g, capitalize(words[1 % words.length]));
  const pick = (lines: string[], n: number) => shuffle(lines, rng.next).slice(0, n).map(fill);
  const chorus = pick(CHORUS_LINES, 4);
  const verses = pick(VERSE_LINES, 8);
  return [
    "[Verse]",
    ...verses.slice(0, 4),
    "",
    "[Chorus]",
    ...chorus,
    "",
    "[Verse 2]",
    ...verses.slice(4, 8),
    "",
    "[Bridge]",
    ...pick(BRIDGE_LINES, 3),
    "",
    "[Chorus]",
    ...chorus,
    "",
    "[Outro]",
    fill("{A}, {a}, {b}..."),
  ].join("\n");
}

function capitalize(word: string): string {
  return word[0].toUpperCase() + word.slice(1);
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
