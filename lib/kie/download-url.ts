import "server-only";
import { kieRequest } from "./client";

/**
 * A fresh, 20-minute link for a file Kie generated (REFERENCE §4.2, §9.4). 4o images have their own
 * endpoint that also needs the task id; everything else uses the common one.
 */
export async function freshDownloadUrl(url: string, opts: { gpt4oTaskId?: string } = {}): Promise<string> {
  const res = await kieRequest<string>(
    opts.gpt4oTaskId
      ? { method: "POST", path: "/api/v1/gpt4o-image/download-url", body: { taskId: opts.gpt4oTaskId, url } }
      : { method: "POST", path: "/api/v1/common/download-url", body: { url } },
  );
  if (typeof res.data !== "string" || !/^https?:\/\//.test(res.data))
    throw new Error("Kie answered without a download link");
  return res.data;
}
