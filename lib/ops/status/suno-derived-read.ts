import type { TaskError, TaskOutput, TaskStatus } from "../types";
import { asRecord, envelope, type Json, malformed, num, str } from "./read";

/**
 * The shared front of every Suno derived family (lyrics, WAV, stems, MIDI, MP4, cover, sync helpers):
 * error envelopes (callback failures and 422 "Record does not exist") end the task, `data: null`
 * means Kie has no record yet, anything else must be a data object.
 */
export function openDerived(raw: unknown, fallbackMessage: string): { status: TaskStatus } | { data: Json } {
  const env = envelope(raw);
  if (!env.isEnvelope) return { status: malformed("?", "not a Kie envelope") };
  const data = asRecord(env.data);
  if (env.code !== undefined && env.code !== 200) {
    const message =
      str(data?.errorMessage) || str(data?.error_message) || str(data?.error) || env.msg || fallbackMessage;
    return { status: failed(String(env.code), derivedError(env.code, message)) };
  }
  if (env.data === null || env.data === undefined)
    return { status: { state: "queued", outputs: [], upstream: "NOT_FOUND", note: "Kie has no record yet" } };
  if (!data) return { status: malformed("?", "no data object") };
  return { data };
}

const RETRYABLE = new Set([408, 429, 455, 500]);

export function derivedError(code: number, message: string): TaskError {
  if (code === 422 && /record does not exist/i.test(message))
    return {
      code: "kie_422",
      message: `Kie found no record for these ids (${message}): pick a finished result and try again.`,
      retryable: false,
    };
  return { code: `kie_${code}`, message, retryable: RETRYABLE.has(code) };
}

export function failed(upstream: string, error: TaskError): TaskStatus {
  return { state: "failed", outputs: [], upstream, error };
}

/** Kie's own error fields on a record, else a readable form of the failure flag. */
export function recordError(data: Json, flag: string, fallbackCode = 500): TaskError {
  // Kie leaves `errorCode: 200` on records that did not fail (cover art): not a useful code.
  const reported = num(data.errorCode);
  const code = reported !== undefined && reported !== 200 && reported !== 0 ? reported : fallbackCode;
  const message = str(data.errorMessage) || str(data.error_message) || humanize(flag);
  return { code: `kie_${code}`, message, retryable: false };
}

export function humanize(flag: string): string {
  return flag
    .toLowerCase()
    .replaceAll("_", " ")
    .replace(/^./, (c) => c.toUpperCase());
}

/**
 * WAV, MP4 and vocal separation share a STRING `successFlag` (REFERENCE §14). `CALLBACK_EXCEPTION`
 * means Kie could not deliver its callback, not that the work failed: outputs present win.
 */
export function fromStringFlag(data: Json, outputs: TaskOutput[], failures: readonly string[]): TaskStatus {
  const flag = str(data.successFlag);
  if (!flag) return malformed("?", "missing successFlag");
  if (flag === "SUCCESS") {
    if (outputs.length === 0) return malformed(flag, "success without files");
    return { state: "succeeded", outputs, upstream: flag, progress: 1 };
  }
  if (flag === "PENDING") return { state: "running", outputs: [], upstream: flag, progress: 0.2 };
  if (flag === "CALLBACK_EXCEPTION")
    return outputs.length > 0
      ? {
          state: "succeeded",
          outputs,
          upstream: flag,
          progress: 1,
          note: "Kie reported a callback exception",
        }
      : { state: "running", outputs: [], upstream: flag, note: "Kie reported a callback exception; waiting" };
  if (failures.includes(flag)) return failed(flag, recordError(data, flag));
  return { state: "running", outputs: [], upstream: flag, note: `Unknown successFlag "${flag}"` };
}

/** Record-info and callbacks disagree on casing: the first readable string among `keys`. */
export function firstStr(r: Json | undefined, ...keys: string[]): string | undefined {
  if (!r) return undefined;
  for (const key of keys) {
    const v = str(r[key]);
    if (v) return v;
  }
  return undefined;
}
