import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import { InputError, readJsonObject, uploadJson } from "../envelope";
import { extForMime, mimeForExt } from "../media/store";
import { resolveMediaUrl } from "../media-urls";
import type { SimContext } from "../state";
import { loadMedia } from "./media";

const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;
/** Kie prefixes upload paths with `kieai/<accountNo>/`; any stable number will do. */
const ACCOUNT_NO = "100001";

type UploadInput = {
  bytes: Buffer;
  uploadPath: unknown;
  fileName: unknown;
  declaredMime?: string;
  sourceName?: string;
};

/** POST /upload/api/file-stream-upload (multipart: file, uploadPath, fileName?) */
export async function uploadFileStream(req: Request, ctx: SimContext): Promise<Response> {
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    throw new InputError(400, "Invalid multipart/form-data body");
  }
  const file = form.get("file");
  if (!(file instanceof Blob)) throw new InputError(400, "Missing required parameter: file");
  return storeUpload(ctx, {
    bytes: Buffer.from(await file.arrayBuffer()),
    uploadPath: form.get("uploadPath"),
    fileName: form.get("fileName"),
    declaredMime: file.type,
    sourceName: file instanceof File ? file.name : undefined,
  });
}

/** POST /upload/api/file-base64-upload {base64Data (raw or data: URL), uploadPath, fileName?, mimeType?} */
export async function uploadBase64(req: Request, ctx: SimContext): Promise<Response> {
  const body = await readJsonObject(req);
  if (typeof body.base64Data !== "string" || body.base64Data.trim() === "") {
    throw new InputError(400, "Missing required parameter: base64Data");
  }
  const dataUrl = /^data:([^;,]*)(?:;[^,]*)?,(.*)$/s.exec(body.base64Data.trim());
  const payload = (dataUrl ? dataUrl[2] : body.base64Data).replace(/\s+/g, "");
  if (payload === "" || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(payload)) {
    throw new InputError(400, "Base64 decoding failed: Invalid Base64 format");
  }
  return storeUpload(ctx, {
    bytes: Buffer.from(payload, "base64"),
    uploadPath: body.uploadPath,
    fileName: body.fileName,
    declaredMime: dataUrl?.[1] || (typeof body.mimeType === "string" ? body.mimeType : undefined),
  });
}

/** POST /upload/api/file-url-upload {fileUrl, uploadPath, fileName?}: only the simulator's own media. */
export async function uploadFromUrl(req: Request, ctx: SimContext): Promise<Response> {
  const body = await readJsonObject(req);
  if (typeof body.fileUrl !== "string" || body.fileUrl.trim() === "") {
    throw new InputError(400, "Missing required parameter: fileUrl");
  }
  const resolved = await resolveMediaUrl(ctx, body.fileUrl.trim());
  const media = resolved ? await loadMedia(ctx, resolved.key) : null;
  if (!resolved || !media) {
    throw new InputError(400, "File download failed: the simulator only fetches URLs it served itself");
  }
  const bytes = "bytes" in media ? media.bytes : await fs.readFile(media.filePath);
  return storeUpload(ctx, {
    bytes,
    uploadPath: body.uploadPath,
    fileName: body.fileName,
    declaredMime: media.mime,
    sourceName: resolved.key,
  });
}

async function storeUpload(ctx: SimContext, input: UploadInput): Promise<Response> {
  if (typeof input.uploadPath !== "string" || input.uploadPath.replace(/^\/+|\/+$/g, "") === "") {
    throw new InputError(400, "Missing required parameter: uploadPath");
  }
  if (input.bytes.length === 0) throw new InputError(400, "File is empty");
  if (input.bytes.length > MAX_UPLOAD_BYTES) throw new InputError(400, "File size exceeds the 100 MB limit");
  const uploadPath = input.uploadPath.replace(/^\/+|\/+$/g, "");
  const givenName =
    typeof input.fileName === "string" && input.fileName.trim() ? input.fileName.trim() : undefined;
  const nameExt = extensionOf(givenName ?? input.sourceName);
  const declared =
    input.declaredMime && input.declaredMime !== "application/octet-stream" ? input.declaredMime : "";
  const mime =
    sniffMime(input.bytes) ?? (declared || (nameExt ? mimeForExt(nameExt) : "application/octet-stream"));
  const ext = extForMime(mime) ?? nameExt ?? "bin";
  const fileName = givenName ?? `${Date.now()}-${randomBytes(6).toString("hex").slice(0, 11)}.${ext}`;
  const key = `up${randomBytes(12).toString("hex")}.${ext}`;
  await ctx.media.putUpload(key, input.bytes);
  return uploadJson(200, "File uploaded successfully", {
    success: true,
    fileName,
    filePath: `kieai/${ACCOUNT_NO}/${uploadPath}/${fileName}`,
    downloadUrl: `${ctx.opts.publicBaseUrl}/media/${key}`,
    fileSize: input.bytes.length,
    mimeType: mime,
    uploadedAt: new Date().toISOString(),
  });
}

function extensionOf(name: string | undefined): string | undefined {
  const ext = name?.split(".").pop()?.toLowerCase();
  return ext && ext !== name?.toLowerCase() && /^[a-z0-9]{1,8}$/.test(ext) ? ext : undefined;
}

/** Magic numbers win over what the client claims. */
export function sniffMime(bytes: Buffer): string | undefined {
  const ascii = (start: number, end: number) => bytes.subarray(start, end).toString("latin1");
  if (bytes.length >= 8 && bytes.readUInt32BE(0) === 0x89504e47) return "image/png";
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  if (ascii(0, 4) === "GIF8") return "image/gif";
  if (ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") return "image/webp";
  if (ascii(0, 4) === "RIFF" && ascii(8, 12) === "WAVE") return "audio/wav";
  if (ascii(0, 3) === "ID3" || (bytes.length >= 2 && bytes[0] === 0xff && (bytes[1] & 0xe0) === 0xe0)) {
    return "audio/mpeg";
  }
  if (ascii(4, 8) === "ftyp") return "video/mp4";
  if (ascii(0, 4) === "OggS") return "audio/ogg";
  if (ascii(0, 4) === "fLaC") return "audio/flac";
  if (bytes.length >= 4 && bytes.readUInt32BE(0) === 0x1a45dfa3) return "video/webm";
  if (ascii(0, 4) === "%PDF") return "application/pdf";
  return undefined;
}
