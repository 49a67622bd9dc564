import type { TaskOutput, TaskStatus } from "../types";
import { asRecord, envelope, malformed, num, str, urlList } from "./read";

function images(urls: string[]): TaskOutput[] {
  return urls.map((url, i) => ({ key: `image-${i}`, kind: "image" as const, url }));
}

/** 4o Image: integer successFlag + status string + string progress; callbacks use info.result_urls. */
export function normalizeGpt4oImage(raw: unknown): TaskStatus {
  const env = envelope(raw);
  const data = asRecord(env.data);
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

  // Callback: {taskId, info:{result_urls}}
  if ("info" in data && !("successFlag" in data)) {
    const info = asRecord(data.info);
    const urls = urlList(info?.result_urls ?? info?.resultUrls);
    if (!urls.length) return malformed("callback", "no result URLs");
    return { state: "succeeded", outputs: images(urls), upstream: "SUCCESS", progress: 1 };
  }

  const flag = num(data.successFlag);
  const status = str(data.status) ?? String(flag ?? "?");
  const response = asRecord(data.response);
  const urls = urlList(response?.resultUrls ?? response?.result_urls);
  const progress = num(data.progress);
  if (flag === 1 || status === "SUCCESS") {
    if (!urls.length) return malformed(status, "success without images");
    return { state: "succeeded", outputs: images(urls), upstream: status, progress: 1 };
  }
  if (flag === 2 || flag === 3 || status === "CREATE_TASK_FAILED" || status === "GENERATE_FAILED") {
    const code = num(data.errorCode) ?? 500;
    return {
      state: "failed",
      outputs: [],
      upstream: status,
      error: {
        code: `kie_${code}`,
        message: str(data.errorMessage) || "Image generation failed",
        retryable: false,
      },
    };
  }
  if (flag === 0 || status === "GENERATING") {
    return { state: "running", outputs: [], upstream: status, progress: progress ?? undefined };
  }
  return { state: "running", outputs: [], upstream: status, note: `Unknown 4o status "${status}"` };
}
