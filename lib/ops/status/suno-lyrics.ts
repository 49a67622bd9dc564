import type { TaskOutput, TaskStatus } from "../types";
import { asRecord, type Json, malformed, str } from "./read";
import { failed, firstStr, openDerived, recordError } from "./suno-derived-read";

const FAILED = ["CREATE_TASK_FAILED", "GENERATE_LYRICS_FAILED", "SENSITIVE_WORD_ERROR"];

/**
 * Suno lyrics (REFERENCE §6.9): record-info `data.status` + `response.data[]`, or a `complete`
 * callback with snake_case `data.data[]`. Each variation becomes an inline text output.
 */
export function normalizeSunoLyrics(raw: unknown): TaskStatus {
  const opened = openDerived(raw, "Lyrics generation failed");
  if ("status" in opened) return opened.status;
  const data = opened.data;

  if (typeof data.callbackType === "string") {
    if (data.callbackType === "error") return failed("error", recordError(data, "GENERATE_LYRICS_FAILED"));
    if (!Array.isArray(data.data)) return malformed(data.callbackType, "callback without lyrics");
    return finished("SUCCESS", data.data);
  }

  const status = str(data.status);
  if (!status) return malformed("?", "missing status");
  const items = asRecord(data.response)?.data;
  if (FAILED.includes(status)) return failed(status, recordError(data, status, 400));
  if (status === "SUCCESS") return finished(status, Array.isArray(items) ? items : []);
  if (status === "CALLBACK_EXCEPTION")
    return Array.isArray(items) && lyricOutputs(items).length > 0
      ? { ...finished(status, items), note: "Kie reported a callback exception" }
      : {
          state: "running",
          outputs: [],
          upstream: status,
          note: "Kie reported a callback exception; waiting",
        };
  if (status === "PENDING") return { state: "running", outputs: [], upstream: status, progress: 0.3 };
  return { state: "running", outputs: [], upstream: status, note: `Unknown lyrics status "${status}"` };
}

function finished(upstream: string, items: unknown[]): TaskStatus {
  const outputs = lyricOutputs(items);
  if (outputs.length > 0) {
    const refused = items.length - outputs.length;
    const done: TaskStatus = { state: "succeeded", outputs, upstream, progress: 1 };
    return refused > 0 ? { ...done, note: `${refused} of ${items.length} variations failed` } : done;
  }
  const reason = items.map((i) => firstStr(asRecord(i), "errorMessage", "error_message")).find(Boolean);
  if (reason) return failed(upstream, { code: "kie_lyrics_failed", message: reason, retryable: false });
  return malformed(upstream, "success without lyrics");
}

function lyricOutputs(items: unknown[]): TaskOutput[] {
  const outputs: TaskOutput[] = [];
  items.forEach((item, i) => {
    const r: Json | undefined = asRecord(item);
    const text = str(r?.text)?.trim();
    if (!r || !text || str(r.status) === "failed") return;
    const title = str(r.title)?.trim() || `Lyrics ${i + 1}`;
    outputs.push({
      key: `lyrics-${i}`,
      kind: "text",
      url: "",
      mime: "text/plain",
      inline: { mime: "text/plain", text },
      title,
      lyrics: text,
      meta: { use: "lyrics" },
    });
  });
  return outputs;
}
