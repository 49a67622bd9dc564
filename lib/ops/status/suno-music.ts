import type { TaskOutput, TaskStatus } from "../types";
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

function track(t: unknown, i: number): TaskOutput | undefined {
  const r = asRecord(t);
  if (!r) return undefined;
  // record-info is camelCase, callbacks are snake_case.
  const url = str(r.audioUrl) ?? str(r.audio_url) ?? "";
  if (!url) return undefined;
  return {
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
}

function tracks(list: unknown): { outputs: TaskOutput[]; streaming: number } {
  if (!Array.isArray(list)) return { outputs: [], streaming: 0 };
  const outputs = list.map(track).filter((t): t is TaskOutput => !!t);
  return { outputs, streaming: list.length };
}

/** Suno music family: generate, extend, covers, add-*, mashup, replace-section, sounds. */
export function normalizeSunoMusic(raw: unknown): TaskStatus {
  const env = envelope(raw);
  const data = asRecord(env.data);
  if (env.code !== undefined && env.code !== 200) {
    // Callback error (code 501/531/400…) or an error envelope on poll.
    const msg = str(data?.error) || env.msg || "Music generation failed";
    return { state: "failed", outputs: [], upstream: String(env.code), error: sunoError(env.code, msg) };
  }
  if (env.data === null)
    return { state: "queued", outputs: [], upstream: "NOT_FOUND", note: "Kie has no record yet" };
  if (!data) return malformed("?", "no data object");

  // Callback shape: {callbackType, task_id, data:[...]}
  if (typeof data.callbackType === "string") {
    const stage = CALLBACK_STAGE[data.callbackType] ?? data.callbackType.toUpperCase();
    if (data.callbackType === "error") {
      return {
        state: "failed",
        outputs: [],
        upstream: "error",
        error: sunoError(501, env.msg || "Audio generation failed"),
      };
    }
    return fromStage(stage, tracks(data.data).outputs);
  }

  const status = str(data.status);
  if (!status) return malformed("?", "missing status");
  const response = asRecord(data.response);
  const { outputs } = tracks(response?.sunoData ?? response?.data);
  if (FAILED.includes(status)) {
    const message = str(data.errorMessage) ?? str(response?.errorMessage) ?? humanize(status);
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
    // Kie could not deliver its callback; the audio is usually rendered and billed.
    return outputs.length
      ? {
          state: "succeeded",
          outputs,
          upstream: status,
          progress: 1,
          note: "Kie reported a callback exception",
        }
      : {
          state: "running",
          outputs,
          upstream: status,
          note: "Kie reported a callback exception; waiting for tracks",
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

function sunoError(code: number, message: string) {
  const known: Record<number, string> = {
    400: "The lyrics or prompt were refused (copyright or moderation)",
    408: "Suno timed out",
    413: "The uploaded audio matches an existing work",
    531: "Generation failed; Kie refunded the credits",
  };
  const prefix = known[code];
  return {
    code: `kie_${code}`,
    message:
      prefix && !message.toLowerCase().includes(prefix.toLowerCase()) ? `${prefix}: ${message}` : message,
    retryable: false,
  };
}
