import type { TaskStatus } from "../types";
import { asRecord, envelope, malformed, num, str } from "./read";

const FAILURES: Record<number, string> = {
  2: "CREATE_TASK_FAILED",
  3: "GENERATE_FAILED",
};

function output(url: string) {
  return [{ key: "image-0", kind: "image" as const, url }];
}

function firstUrl(...values: unknown[]): string | undefined {
  for (const v of values) if (typeof v === "string" && /^https?:\/\//.test(v)) return v;
  return undefined;
}

/**
 * Flux Kontext (§10): integer successFlag 0 generating, 1 success, 2 create failed, 3 generation
 * failed; results in `response.resultImageUrl` (record-info) or `info.resultImageUrl` (callback,
 * camelCase). Unknown ids answer 422 "The record does not exist" (like 4o).
 */
export function normalizeFluxKontext(raw: unknown): TaskStatus {
  const env = envelope(raw);
  const data = asRecord(env.data);

  // Callback: {code, msg, data:{taskId, info:{originImageUrl, resultImageUrl}}}
  if (data && "info" in data && !("successFlag" in data)) {
    if (env.code !== undefined && env.code !== 200) {
      return {
        state: "failed",
        outputs: [],
        upstream: String(env.code),
        error: { code: `kie_${env.code}`, message: env.msg || "Image generation failed", retryable: false },
      };
    }
    const info = asRecord(data.info);
    const url = firstUrl(info?.resultImageUrl, info?.originImageUrl);
    if (!url) return malformed("callback", "no result image URL");
    return { state: "succeeded", outputs: output(url), upstream: "SUCCESS", progress: 1 };
  }

  if (env.code !== undefined && env.code !== 200) {
    if (env.code === 422 && /does not exist/i.test(env.msg)) {
      return { state: "queued", outputs: [], upstream: "NOT_FOUND", note: "Kie has no record yet" };
    }
    return {
      state: "failed",
      outputs: [],
      upstream: String(env.code),
      error: { code: `kie_${env.code}`, message: env.msg || "Image generation failed", retryable: false },
    };
  }
  if (!data) return malformed("?", "no data object");

  const flag = num(data.successFlag);
  if (flag === undefined) return malformed("?", "no successFlag");
  const upstream = String(flag);
  if (flag === 1) {
    const response = asRecord(data.response);
    const url = firstUrl(response?.resultImageUrl, response?.originImageUrl);
    if (!url) return malformed(upstream, "success without an image");
    return { state: "succeeded", outputs: output(url), upstream, progress: 1 };
  }
  if (flag in FAILURES) {
    const code = num(data.errorCode) ?? (flag === 2 ? 400 : 501);
    return {
      state: "failed",
      outputs: [],
      upstream: FAILURES[flag],
      error: {
        code: `kie_${code}`,
        message:
          str(data.errorMessage) ||
          (flag === 2 ? "Kie could not create the task" : "Image generation failed"),
        retryable: false,
      },
    };
  }
  if (flag === 0) return { state: "running", outputs: [], upstream };
  return { state: "running", outputs: [], upstream, note: `Unknown Flux successFlag ${flag}` };
}
