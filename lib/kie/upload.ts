import "server-only";
import { kieRequest } from "./client";

/** Kie's File Upload API (REFERENCE §3); only `data.downloadUrl` is relied on. */
export async function uploadToKie(
  file: Blob,
  opts: { fileName: string; uploadPath: string },
): Promise<string> {
  const form = new FormData();
  form.set("file", file, opts.fileName);
  form.set("uploadPath", opts.uploadPath);
  form.set("fileName", opts.fileName);
  const res = await kieRequest<{ downloadUrl?: string }>({
    method: "POST",
    host: "upload",
    path: "/api/file-stream-upload",
    form,
    timeoutMs: 10 * 60_000,
  });
  const url = res.data?.downloadUrl;
  if (typeof url !== "string" || !/^https?:\/\//.test(url))
    throw new Error("Kie's upload answer had no download URL");
  return url;
}
