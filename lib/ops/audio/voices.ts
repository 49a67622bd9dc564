import { z } from "zod";
import { meta } from "../body";

/** ElevenLabs' premade voices, by the names Kie accepts (its TTS `voice` enum, June 2026 docs). */
export const PREMADE_VOICES = [
  "Rachel",
  "Aria",
  "Roger",
  "Sarah",
  "Laura",
  "Charlie",
  "George",
  "Callum",
  "River",
  "Liam",
  "Charlotte",
  "Alice",
  "Matilda",
  "Will",
  "Jessica",
  "Eric",
  "Chris",
  "Brian",
  "Daniel",
  "Lily",
  "Bill",
] as const;

/** Voice-library voices Kie lists by id, with the name and description its docs give them. */
export const LIBRARY_VOICES = {
  EkK5I93UQWFDigLMpZcX: "James · Husky, engaging and bold",
  Z3R5wn05IrDiVCyEkUrK: "Arabella · Mysterious and emotive",
  NNl6r8mD7vthiJatiJt1: "Bradford · Expressive and articulate",
  YOq2y2Up4RgXP2HyXjE5: "Xavier · Dominating, metallic announcer",
  B8gJV1IhpuegLxdpXFOE: "Kuon · Cheerful, clear and steady",
  "2zRM7PkgwBPiau2jvVXc": "Monika Sogam · Deep and natural",
  "1SM7GgM6IMuvQlz2BwM3": "Mark · Casual, relaxed and light",
  "5l5f8iK3YPeGga21rQIX": "Adeline · Feminine and conversational",
  scOwDtmlUjD3prqpp97I: "Sam · Support agent",
  NOpBlnGInO9m6vDvFkFC: "Spuds Oxley · Wise and approachable",
  BZgkqPqms7Kj9ulSkVzn: "Eve · Authentic, energetic and happy",
  wo6udizrrtpIxWGp2qJk: "Northern Terry",
  gU0LNdkMOQCOrPrwtbee: "British Football Announcer",
  DGzg6RaUqxGRTHSBjfgF: "Brock · Commanding and loud sergeant",
  x70vRnQBMBu4FAYhjJbO: "Nathan · Virtual radio host",
  Sm1seazb4gs7RSlUVw7c: "Anika · Animated, friendly and engaging",
  P1bg08DkjqiVEzOn76yG: "Viraj · Rich and soft",
  qDuRKMlYmrm8trt5QyBn: "Taksh · Calm, serious and smooth",
  qXpMhyvQqiRxWQs4qSSB: "Horatius · Energetic character voice",
  TX3LPaxmHKxFdv7VOQHJ: "Liam · Energetic social media creator",
  N2lVS1w4EtoT3dr4eOWO: "Callum · Husky trickster",
  FGY2WhTYpPnrIDTdsKH5: "Laura · Enthusiast, quirky attitude",
  kPzsL2i3teMYv0FxEYQ6: "Brittney · Fun, youthful and informative",
  UgBBYS2sOqTuMpoF3BR0: "Mark · Natural conversations",
  hpp4J3VqNfWAUOO0d1Us: "Bella · Professional, bright, warm",
  nPczCjzI2devNBz1zQrb: "Brian · Deep, resonant and comforting",
  uYXf8XasLslADfZ2MB4u: "Hope · Bubbly, gossipy and girly",
  gs0tAILXbY5DNrJrsM6F: "Jeff · Classy, resonating and strong",
  DTKMou8ccj1ZaWGBiotd: "Jamahal · Young, vibrant and natural",
  vBKc2FfBKJfcZNyEt1n6: "Finn · Youthful, eager and energetic",
  DYkrAHD8iwork3YSUBbs: "Tom · Conversations and books",
  "56AoDkrOh6qfVPDXZ7Pt": "Cassidy · Crisp, direct and clear",
  eR40ATw9ArzDf9h3v7t7: "Addison 2.0 · Australian audiobook and podcast",
  g6xIsTj2HwM6VR4iXFCw: "Jessica Anne Bogart · Chatty and friendly",
  lcMyyd2HUfFzxdCaC4Ta: "Lucy · Fresh and casual",
  "6aDn1KB0hjpdcocrUkmq": "Tiffany · Natural and welcoming",
  Sq93GQT4X1lKDXsQcixO: "Felix · Warm, positive, contemporary RP",
  flHkNRp1BlvT73UL6gyz: "Jessica Anne Bogart · Eloquent villain",
  "9yzdeviXkFddZ4Oz8Mok": "Lutz · Chuckling, giggly and cheerful",
  pPdl9cQBQq4p6mRkZy2Z: "Emma · Adorable and upbeat",
  zYcjlYFOd3taleS0gkk3: "Edward · Loud, confident and cocky",
  nzeAacJi50IvxcyDnMXa: "Marshal · Friendly, funny professor",
  ruirxsoakN0GWmGNIo04: "John Morgan · Gritty, rugged cowboy",
  TC0Zp7WVFzhA8zpTlRqV: "Aria · Sultry villain",
  ljo9gAlSqKOvF6D8sOsX: "Viking Bjorn · Epic medieval raider",
  PPzYpIqttlTYA83688JI: "Pirate Marshal",
  "8JVbfL6oEdmuxKn5DK2C": "Johnny Kid · Serious and calm narrator",
  iCrDUkL56s3C8sCRl7wb: "Hope · Poetic, romantic and captivating",
  wJqPPQ618aTW29mptyoc: "Ana Rita · Smooth, expressive and bright",
  EiNlNiXeDU1pqqOPrYMO: "John Doe · Deep",
  "4YYIPFl9wE5c4L2eu2Gb": "Burt Reynolds™ · Deep, smooth and clear",
  "6F5Zhi321D3Oq7v1oNT4": "Hank · Deep and engaging narrator",
  YXpFCvM1S3JbWEJhoskW: "Wyatt · Wise rustic cowboy",
  LG95yZDEHg6fCZdQjLqj: "Phil · Explosive, passionate announcer",
  CeNX9CMwmxDxUF5Q2Inm: "Johnny Dynamite · Vintage radio DJ",
  aD6riP1btT197c6dACmy: "Rachel M · Pro British radio presenter",
  mtrellq69YZsNwzUSyXh: "Rex Thunder · Deep and tough",
  dHd5gvgSOzSfduK4CvEg: "Ed · Late night announcer",
  eVItLK1UvXctxuaRV2Oq: "Jean · Alluring and playful femme fatale",
  esy0r39YPLQjOczyOib8: "Britney · Calm and calculative villain",
  Tsns2HvNFKfGiNjllgqo: "Sven · Emotional and nice",
  "1U02n4nD6AdIZ9CjF053": "Viraj · Smooth and gentle",
  AeRdCCKzvd23BpJoofzx: "Nathaniel · Engaging, British and calm",
  LruHrtVF6PSyGItzMNHS: "Benjamin · Deep, warm, calming",
  "1wGbFxmAM3Fgw63G1zZJ": "Allison · Calm, soothing and meditative",
  hqfrgApggtO1785R4Fsn: "Theodore HQ · Serene and grounded",
  MJ0RnG71ty4LH3dvNfSd: "Leon · Soothing and grounded",
} as const satisfies Record<string, string>;

type LibraryVoiceId = keyof typeof LIBRARY_VOICES;
const LIBRARY_IDS = Object.keys(LIBRARY_VOICES) as LibraryVoiceId[];

/** Kie's TTS `voice` enum: premade names first, then library ids. */
export const TTS_VOICES = [...PREMADE_VOICES, ...LIBRARY_IDS] as [string, ...string[]];

const VOICE_LABELS: Record<string, string> = {
  ...Object.fromEntries(PREMADE_VOICES.map((name) => [name, `${name} · Premade`])),
  ...LIBRARY_VOICES,
};

export function voiceField() {
  return z
    .enum(TTS_VOICES, { error: "Pick one of the listed voices" })
    .default("Rachel")
    .meta(
      meta({
        label: "Voice",
        widget: "select",
        optionLabels: VOICE_LABELS,
        help: "ElevenLabs' premade voices, then voices from its library.",
      }),
    );
}

/** A voice token in a dialogue line: a premade name ("Rachel") or a voice id (letters and digits). */
export const DIALOGUE_VOICE = /^[A-Za-z0-9_-]{2,40}$/;
