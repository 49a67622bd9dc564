import { invalid } from "../envelope";
import {
  optionalBoolean,
  optionalEnum,
  optionalNumber,
  optionalString,
  requiredBoolean,
  requiredEnum,
  requiredString,
} from "../validate";
import { requireCallBackUrl, SUNO_MODELS } from "./suno";
import type { SongRequest } from "./suno-content";

/** Endpoints of REFERENCE §6.2–6.5, by the `operationType` their records carry. */
export type FollowOperation =
  | "extend"
  | "upload_cover"
  | "upload_extend"
  | "add_instrumental"
  | "add_vocals"
  | "replace_section"
  | "mashup"
  | "sounds";

/** A validated follow-up request: everything the task builder needs, in Kie's terms. */
export type FollowRequest = {
  operation: FollowOperation;
  model: string;
  callBackUrl: string;
  /** What the new tracks sing and are called, as generate would read it. */
  song: SongRequest;
  /** extend: false = inherit the source track's lyrics, style and title. */
  customParams: boolean;
  audioId?: string;
  sourceTaskId?: string;
  uploadUrls: string[];
  continueAt?: number;
  section?: { start: number; end: number; fullLyrics: string };
  sound?: { loop: boolean; tempo?: number; key: string };
};

const LAYER_MODELS = ["V4_5PLUS", "V5", "V5_5"] as const;
const SOUND_MODELS = ["V5", "V5_5"] as const;
export const SOUND_KEYS = [
  "Any",
  ...["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"].map((k) => `${k}m`),
  ...["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"],
] as const;
const SECTION = { min: 6, max: 60 };

type Body = Record<string, unknown>;

const limits = (model: string) => ({
  prompt: model === "V4" ? 3000 : 5000,
  style: model === "V4" ? 200 : 1000,
  title: model === "V4" || model === "V4_5ALL" ? 80 : 100,
});

/** The optional fine-tuning fields every track endpoint shares. */
function fineTuning(body: Body): void {
  optionalString(body, "negativeTags", 1000);
  optionalEnum(body, "vocalGender", ["m", "f"] as const);
  for (const weight of ["styleWeight", "weirdnessConstraint", "audioWeight"]) {
    optionalNumber(body, weight, { min: 0, max: 1 });
  }
  optionalString(body, "personaId", 200);
}

function positiveSeconds(body: Body, key: string, required: boolean): number | undefined {
  const value = optionalNumber(body, key, { min: 0 });
  if (value === undefined && required) throw invalid(`${key} cannot be null`);
  if (value !== undefined && value <= 0) throw invalid(`${key} must be greater than 0`);
  return value;
}

/** customMode/instrumental rules shared by upload-cover and mashup (same as generate, §6.1). */
function modeSong(body: Body, model: string): { song: SongRequest } {
  const customMode = requiredBoolean(body, "customMode");
  const instrumental = body.instrumental === undefined ? false : requiredBoolean(body, "instrumental");
  const max = limits(model);
  if (!customMode) {
    const prompt = requiredString(body, "prompt", 500);
    return { song: { customMode, instrumental, prompt, style: "", title: "" } };
  }
  const style = requiredString(body, "style", max.style);
  const title = requiredString(body, "title", max.title);
  const prompt = instrumental
    ? (optionalString(body, "prompt", max.prompt) ?? "")
    : requiredString(body, "prompt", max.prompt);
  return { song: { customMode, instrumental, prompt, style, title } };
}

function base(body: Body) {
  return { callBackUrl: requireCallBackUrl(body) };
}

export function validateExtend(body: Body): FollowRequest {
  const { callBackUrl } = base(body);
  const customParams = requiredBoolean(body, "defaultParamFlag");
  const audioId = requiredString(body, "audioId", 200);
  const model = requiredEnum(body, "model", SUNO_MODELS);
  const max = limits(model);
  let song: SongRequest = { customMode: false, instrumental: false, prompt: "", style: "", title: "" };
  let continueAt: number | undefined;
  if (customParams) {
    song = {
      customMode: true,
      instrumental: false,
      prompt: requiredString(body, "prompt", max.prompt),
      style: requiredString(body, "style", max.style),
      title: requiredString(body, "title", max.title),
    };
    continueAt = positiveSeconds(body, "continueAt", true);
  }
  fineTuning(body);
  return { operation: "extend", model, callBackUrl, song, customParams, audioId, uploadUrls: [], continueAt };
}

export function validateUploadCover(body: Body): FollowRequest {
  const { callBackUrl } = base(body);
  const uploadUrl = requiredString(body, "uploadUrl");
  const model = requiredEnum(body, "model", SUNO_MODELS);
  const { song } = modeSong(body, model);
  fineTuning(body);
  const personaModel = optionalEnum(body, "personaModel", ["style_persona", "voice_persona"] as const);
  if (personaModel === "voice_persona" && model !== "V5" && model !== "V5_5")
    throw invalid("personaModel voice_persona requires model V5 or V5_5");
  return {
    operation: "upload_cover",
    model,
    callBackUrl,
    song,
    customParams: song.customMode,
    uploadUrls: [uploadUrl],
  };
}

export function validateUploadExtend(body: Body): FollowRequest {
  const { callBackUrl } = base(body);
  const uploadUrl = requiredString(body, "uploadUrl");
  const customParams = requiredBoolean(body, "defaultParamFlag");
  const instrumental = requiredBoolean(body, "instrumental");
  const model = requiredEnum(body, "model", SUNO_MODELS);
  const max = limits(model);
  let song: SongRequest;
  if (customParams) {
    const style = requiredString(body, "style", max.style);
    const title = requiredString(body, "title", max.title);
    const prompt = instrumental
      ? (optionalString(body, "prompt", max.prompt) ?? "")
      : requiredString(body, "prompt", max.prompt);
    song = { customMode: true, instrumental, prompt, style, title };
  } else {
    song = {
      customMode: false,
      instrumental,
      prompt: requiredString(body, "prompt", max.prompt),
      style: "",
      title: "",
    };
  }
  const continueAt = positiveSeconds(body, "continueAt", customParams);
  fineTuning(body);
  return {
    operation: "upload_extend",
    model,
    callBackUrl,
    song,
    customParams,
    uploadUrls: [uploadUrl],
    continueAt,
  };
}

export function validateAddInstrumental(body: Body): FollowRequest {
  const { callBackUrl } = base(body);
  const uploadUrl = requiredString(body, "uploadUrl");
  const title = requiredString(body, "title", 100);
  const tags = requiredString(body, "tags", 1000);
  requiredString(body, "negativeTags", 1000);
  const model = optionalEnum(body, "model", LAYER_MODELS) ?? "V4_5PLUS";
  fineTuning(body);
  const song = { customMode: true, instrumental: true, prompt: "", style: tags, title };
  return {
    operation: "add_instrumental",
    model,
    callBackUrl,
    song,
    customParams: true,
    uploadUrls: [uploadUrl],
  };
}

export function validateAddVocals(body: Body): FollowRequest {
  const { callBackUrl } = base(body);
  const prompt = requiredString(body, "prompt", 5000);
  const title = requiredString(body, "title", 100);
  const style = requiredString(body, "style", 1000);
  requiredString(body, "negativeTags", 1000);
  const uploadUrl = requiredString(body, "uploadUrl");
  const model = optionalEnum(body, "model", LAYER_MODELS) ?? "V4_5PLUS";
  fineTuning(body);
  const song = { customMode: true, instrumental: false, prompt, style, title };
  return { operation: "add_vocals", model, callBackUrl, song, customParams: true, uploadUrls: [uploadUrl] };
}

export function validateReplaceSection(body: Body): FollowRequest {
  const { callBackUrl } = base(body);
  const sourceTaskId = requiredString(body, "taskId", 200);
  const audioId = requiredString(body, "audioId", 200);
  const prompt = requiredString(body, "prompt", 5000);
  const tags = requiredString(body, "tags", 1000);
  const title = requiredString(body, "title", 100);
  const start = sectionTime(body, "infillStartS");
  const end = sectionTime(body, "infillEndS");
  if (end <= start) throw invalid("infillEndS must be greater than infillStartS");
  const length = end - start;
  if (length < SECTION.min || length > SECTION.max)
    throw invalid(`The replaced section must be between ${SECTION.min} and ${SECTION.max} seconds long`);
  // Live: a missing or empty fullLyrics answers exactly this.
  const fullLyrics = requiredString(body, "fullLyrics", 5000);
  optionalString(body, "negativeTags", 1000);
  const song = { customMode: true, instrumental: false, prompt, style: tags, title };
  return {
    operation: "replace_section",
    model: "",
    callBackUrl,
    song,
    customParams: true,
    audioId,
    sourceTaskId,
    uploadUrls: [],
    section: { start, end, fullLyrics },
  };
}

function sectionTime(body: Body, key: string): number {
  const value = optionalNumber(body, key, { min: 0 });
  if (value === undefined) throw invalid(`${key} cannot be null`);
  if (Math.abs(value * 100 - Math.round(value * 100)) > 1e-6)
    throw invalid(`${key} can have at most 2 decimal places`);
  return value;
}

export function validateMashup(body: Body): FollowRequest {
  const { callBackUrl } = base(body);
  const list = body.uploadUrlList;
  if (list === undefined || list === null) throw invalid("uploadUrlList cannot be null");
  if (!Array.isArray(list) || list.some((u) => typeof u !== "string" || u.trim() === ""))
    throw invalid("uploadUrlList must be an array of URLs");
  if (list.length !== 2) throw invalid("uploadUrlList must contain exactly 2 audio URLs");
  const model = requiredEnum(body, "model", SUNO_MODELS);
  const { song } = modeSong(body, model);
  fineTuning(body);
  return {
    operation: "mashup",
    model,
    callBackUrl,
    song,
    customParams: song.customMode,
    uploadUrls: list as string[],
  };
}

export function validateSounds(body: Body): FollowRequest {
  const { callBackUrl } = base(body);
  const prompt = requiredString(body, "prompt", 500);
  const model = requiredEnum(body, "model", SOUND_MODELS);
  const loop = optionalBoolean(body, "soundLoop") ?? false;
  const tempo = optionalNumber(body, "soundTempo", { min: 1, max: 300, integer: true });
  const key = optionalEnum(body, "soundKey", SOUND_KEYS) ?? "Any";
  optionalBoolean(body, "grabLyrics");
  const song = { customMode: false, instrumental: true, prompt, style: "", title: "" };
  return {
    operation: "sounds",
    model,
    callBackUrl,
    song,
    customParams: false,
    uploadUrls: [],
    sound: { loop, tempo, key },
  };
}
