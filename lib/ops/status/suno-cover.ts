import type { TaskOutput, TaskStatus } from "../types";
import { asRecord, malformed, num, urlList } from "./read";
import { failed, openDerived, recordError } from "./suno-derived-read";

/**
 * Suno cover art (REFERENCE §6.8). Record-info: INTEGER `successFlag` where 2 means GENERATING (not a
 * failure, unlike Veo/Flux) and 3 failed; callbacks carry `data.images` and no flag.
 */
export function normalizeSunoCover(raw: unknown): TaskStatus {
  const opened = openDerived(raw, "Cover generation failed");
  if ("status" in opened) return opened.status;
  const data = opened.data;
  if (!("successFlag" in data)) {
    const images = imageOutputs(data.images);
    if (images.length === 0) return malformed("callback", "callback without images");
    return { state: "succeeded", outputs: images, upstream: "callback", progress: 1 };
  }
  const flag = num(data.successFlag);
  if (flag === undefined) return malformed("?", "missing successFlag");
  const upstream = String(flag);
  switch (flag) {
    case 0:
      return { state: "queued", outputs: [], upstream, progress: 0.1 };
    case 2:
      return { state: "running", outputs: [], upstream, progress: 0.5, note: "Generating" };
    case 3:
      return failed(upstream, recordError(data, "COVER_GENERATION_FAILED", 501));
    case 1: {
      const images = imageOutputs(asRecord(data.response)?.images);
      if (images.length === 0) return malformed(upstream, "success without images");
      return { state: "succeeded", outputs: images, upstream, progress: 1 };
    }
    default:
      return { state: "running", outputs: [], upstream, note: `Unknown successFlag ${flag}` };
  }
}

function imageOutputs(v: unknown): TaskOutput[] {
  return urlList(v).map((url, i) => ({ key: `image-${i}`, kind: "image", url, title: `Cover ${i + 1}` }));
}
