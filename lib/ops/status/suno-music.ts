import type { TaskError, TaskOutput, TaskStatus } from "../types";
import { asRecord, envelope, malformed, num, str } from "./read";

const RUNNING = ["PENDING", "TEXT_SUCCESS", "FIRST_SUCCESS"];
const FAILED = [
  "CREATE_TASK_FAILED",
  "GENERATE_AUDIO_FAILED",
  "SENSITIVE_WORD_ERROR",
  "GENERATE_LYRICS_FAILED",
];
const CALLBACK_STAGE: Record<string, string> = {
  text: "TEXT_SUCCESS",
  first: "FIRST_SUCCESS",
  complete: "SUCCESS",
};
/** What a failed status means when Kie gives no message of its own. */
const STATUS_MESSAGES: Record<string, string> = {
  CREATE_TASK_FAILED: "Kie could not start the task",
  GENERATE_AUDIO_FAILED: "Suno could not generate the audio",
  SENSITIVE_WORD_ERROR: "Suno refused words in the prompt or lyrics",
  GENERATE_LYRICS_FAILED: "Suno could not write the lyrics",
};
/** Suno callback and record error codes (REFERENCE §1.3, §6.7). */
const CODE_MESSAGES: Record<number, { text: string; retryable: boolean }> = {
  400: { text: "Suno refused the lyrics or prompt (copyright or moderation)", retryable: false },
  408: { text: "Suno timed out", retryable: true },
  413: { text: "The uploaded audio matches an existing work", retryable: false },
  451: { text: "Kie could not fetch the audio it was given", retryable: false },
  500: { text: "Kie had a server error", retryable: true },
  501: { text: "Suno could not generate the audio", retryable: true },
  531: { text: "Generation failed; Kie refunded the credits", retryable: true },
};

/** upload-cover/upload-extend tracks echo the uploaded song: snake_case in callbacks, camelCase in records. */
const SOURCE_FIELDS: Array<[string, string, string]> = [
  ["sourceAudioUrl", "sourceAudioUrl", "source_audio_url"],
  ["sourceStreamAudioUrl", "sourceStreamAudioUrl", "source_stream_audio_url"],
  ["sourceImageUrl", "sourceImageUrl", "source_image_url"],
];

function track(t: unknown, i: number): TaskOutput | undefined {
  const r = asRecord(t);
  if (!r) return undefined;
  // record-info is camelCase, callbacks are snake_case.
  const url = str(r.audioUrl) ?? str(r.audio_url) ?? "";
  if (!url) return undefined;
  const out: TaskOutput = {
    key: `track-${i}`,
    kind: "audio",
    url,
    durationSec: num(r.duration),
    title: str(r.title),
    lyrics: str(r.prompt),
    tags: str(r.tags),
    posterUrl: str(r.imageUrl) ?? str(r.image_url) ?? undefined,
    providerId: str(r.id),
  };
  const meta: Record<string, unknown> = {};
  for (const [key, camel, snake] of SOURCE_FIELDS) {
    const value = str(r[camel]) ?? str(r[snake]);
    if (value) meta[key] = value;
  }
  const modelName = str(r.modelName) ?? str(r.model_name);
  if (modelName) meta.modelName = modelName;
  if (Object.keys(meta).length) out.meta = meta;
  return out;
}

function tracks(list: unknown): TaskOutput[] {
  if (!Array.isArray(list)) return [];
  return list.map(track).filter((t): t is TaskOutput => !!t);
}

/** Suno music family: generate, extend, covers, add-*, mashup, replace-section, sounds. */
export function normalizeSunoMusic(raw: unknown): TaskStatus {
  const env = envelope(raw);
  const data = asRecord(env.data);
  if (env.code !== undefined && env.code !== 200) {
    // Callback error (code 501/531/400…; replace-section puts its reason in data.error) or an
    // error envelope on poll.
    const msg = str(data?.error) || env.msg || "Music generation failed";
    return { state: "failed", outputs: [], upstream: String(env.code), error: sunoError(env.code, msg) };
  }
  if (env.data === null)
    return { state: "queued", outputs: [], upstream: "NOT_FOUND", note: "Kie has no record yet" };
  if (!data) return malformed("?", "no data object");

  // Callback shape: {callbackType, task_id, data:[...]}
  if (typeof data.callbackType === "string") {
    if (data.callbackType === "error") {
      const msg = str(data.error) || env.msg || "Audio generation failed";
      return { state: "failed", outputs: [], upstream: "error", error: sunoError(501, msg) };
    }
    const stage = CALLBACK_STAGE[data.callbackType] ?? data.callbackType.toUpperCase();
    return fromStage(stage, tracks(data.data));
  }

  const status = str(data.status);
  if (!status) return malformed("?", "missing status");
  const response = asRecord(data.response);
  const outputs = tracks(response?.sunoData ?? response?.data);
  if (FAILED.includes(status)) {
    const message =
      str(data.errorMessage) || str(response?.errorMessage) || STATUS_MESSAGES[status] || humanize(status);
    return {
      state: "failed",
      outputs: [],
      upstream: status,
      error: sunoError(num(data.errorCode) ?? 501, message),
    };
  }
  return fromStage(status, outputs);
}

function fromStage(status: string, outputs: TaskOutput[]): TaskStatus {
  if (status === "SUCCESS") {
    if (outputs.length === 0) return malformed(status, "success without tracks");
    return { state: "succeeded", outputs, upstream: status, progress: 1 };
  }
  if (status === "CALLBACK_EXCEPTION") {
    // Not a failure: Kie could not deliver its callback, but the audio is usually rendered and
    // billed. Keep re-reading the record until the tracks show up.
    return outputs.length
      ? {
          state: "succeeded",
          outputs,
          upstream: status,
          progress: 1,
          note: "Kie reported a callback exception; the tracks were delivered",
        }
      : {
          state: "running",
          outputs,
          upstream: status,
          note: "Kie reported a callback exception; re-reading the record for the tracks",
        };
  }
  if (status === "FIRST_SUCCESS")
    return { state: "partial", outputs, upstream: status, progress: 0.7, note: "First track ready" };
  if (status === "TEXT_SUCCESS")
    return { state: "running", outputs, upstream: status, progress: 0.35, note: "Lyrics written" };
  if (status === "PENDING") return { state: "running", outputs, upstream: status, progress: 0.1 };
  if (!RUNNING.includes(status)) {
    return { state: "running", outputs, upstream: status, note: `Unknown Suno status "${status}"` };
  }
  return { state: "running", outputs, upstream: status };
}

function humanize(status: string): string {
  return status
    .toLowerCase()
    .replaceAll("_", " ")
    .replace(/^./, (c) => c.toUpperCase());
}

/** Kie's own words, led by what the code means when the words do not already say it. */
function sunoError(code: number, message: string): TaskError {
  const known = CODE_MESSAGES[code];
  const text = message.trim().replace(/\.$/, "");
  const generic = !text || /^(audio |music )?generation failed$/i.test(text);
  if (!known) return { code: `kie_${code}`, message: text || "Music generation failed", retryable: false };
  const says = text.toLowerCase().includes(known.text.toLowerCase());
  return {
    code: `kie_${code}`,
    message: generic || says ? (generic ? known.text : text) : `${known.text}: ${text}`,
    retryable: known.retryable,
  };
}
