import "server-only";
import { kieRequest } from "./client";
import { KieError } from "./errors";

/** Kie's File Upload API (REFERENCE §3); only `data.downloadUrl` is relied on. */
export async function uploadToKie(
  file: Blob,
  opts: { fileName: string; uploadPath: string },
): Promise<string> {
  const form = new FormData();
  form.set("file", file, opts.fileName);
  form.set("uploadPath", opts.uploadPath);
  form.set("fileName", opts.fileName);
  return streamUploadToKie({ body: form });
}

/** POST /api/file-stream-upload with a prepared multipart body; answers Kie's download URL. */
export async function streamUploadToKie(
  raw: { body: FormData | ReadableStream<Uint8Array>; contentType?: string },
  signal?: AbortSignal,
): Promise<string> {
  const res = await kieRequest<{ downloadUrl?: string }>({
    method: "POST",
    host: "upload",
    path: "/api/file-stream-upload",
    raw,
    signal,
    // Up to 1 GB of video over a slow uplink.
    timeoutMs: 30 * 60_000,
  });
  const url = res.data?.downloadUrl;
  if (typeof url !== "string" || !/^https?:\/\//.test(url))
    throw new KieError("bad_response", "Kie's upload answer had no download URL", {
      mayHaveReachedKie: false,
    });
  return url;
}
