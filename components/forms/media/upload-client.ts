import type { UploadKind } from "@/lib/uploads/limits";

export type UploadedFile = { url: string; mime: string; bytes: number; kind: UploadKind; fileName: string };

/**
 * Sends one file to `/api/v1/uploads`. XMLHttpRequest rather than fetch: only it reports upload
 * progress. The exact size goes first so the server can refuse an oversized file before reading it.
 */
export function uploadFile(
  file: File,
  opts: { kind?: UploadKind; onProgress?: (fraction: number) => void; signal?: AbortSignal } = {},
): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const url = opts.kind ? `/api/v1/uploads?kind=${opts.kind}` : "/api/v1/uploads";
    xhr.open("POST", url);
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) opts.onProgress?.(e.loaded / e.total);
    };
    xhr.onload = () => {
      const body = xhr.response as (UploadedFile & { error?: { message?: string } }) | null;
      if (xhr.status >= 200 && xhr.status < 300 && body?.url) return resolve(body);
      reject(new Error(body?.error?.message ?? `The upload failed (HTTP ${xhr.status})`));
    };
    xhr.onerror = () => reject(new Error("The upload failed: check your connection and try again"));
    xhr.onabort = () => reject(new DOMException("The upload was canceled", "AbortError"));
    opts.signal?.addEventListener("abort", () => xhr.abort(), { once: true });
    const form = new FormData();
    form.set("size", String(file.size));
    form.set("file", file, file.name);
    xhr.send(form);
  });
}
