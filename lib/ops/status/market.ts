import type { AssetKind, TaskOutput, TaskStatus } from "../types";
import { asRecord, envelope, malformed, num, parseJsonish, str, urlList } from "./read";

const RUNNING = ["waiting", "queuing", "generating"];

/** Market jobs: `state` string (+ successFlag since late 2026); results in `resultJson` (string) or `response`. */
export function makeMarketNormalizer(kind: AssetKind) {
  return (raw: unknown): TaskStatus => normalizeMarket(raw, kind);
}

export function normalizeMarket(raw: unknown, kind: AssetKind = "image"): TaskStatus {
  const env = envelope(raw);
  const data = asRecord(env.data);
  if (env.code === 404)
    return { state: "queued", outputs: [], upstream: "NOT_FOUND", note: "Kie has no record yet" };
  if (!data) {
    if (env.code !== undefined && env.code !== 200)
      return failure(String(env.code), env.msg || "Generation failed");
    return malformed("?", "no data object");
  }
  const state = str(data.state);
  const credits = num(data.consumeCredits) ?? num(data.creditsConsumed);
  if (state === "fail" || (env.code !== undefined && env.code !== 200)) {
    const code = str(data.failCode) || String(env.code ?? 500);
    return { ...failure(code, str(data.failMsg) || env.msg || "Generation failed"), credits };
  }
  if (state === "success") {
    const result = asRecord(parseJsonish(data.resultJson));
    const response = asRecord(data.response);
    const urls = urlList(result?.resultUrls ?? response?.resultUrls);
    const text = result?.resultObject ?? response?.resultObject;
    if (!urls.length && text === undefined) return malformed("success", "success without results");
    const outputs: TaskOutput[] = urls.map((url, i) => ({ key: `${kind}-${i}`, kind, url }));
    return { state: "succeeded", outputs, upstream: state, progress: 1, credits };
  }
  if (state && RUNNING.includes(state)) {
    const p = num(data.progress);
    return {
      state: state === "generating" ? "running" : "queued",
      outputs: [],
      upstream: state,
      progress: p === undefined ? undefined : p / 100,
      credits,
    };
  }
  return { state: "running", outputs: [], upstream: state ?? "?", note: `Unknown market state "${state}"` };
}

function failure(code: string, message: string): TaskStatus {
  return {
    state: "failed",
    outputs: [],
    upstream: "fail",
    error: { code: `kie_${code}`, message, retryable: false },
  };
}
