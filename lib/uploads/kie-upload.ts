import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { sniff } from "@/lib/assets/sniff";
import { AppError } from "@/lib/errors";
import { streamUploadToKie } from "@/lib/kie/upload";
import { checkKind, checkSize, formatBytes, UPLOAD_CAPS, UPLOAD_KINDS, type UploadKind } from "./limits";
import { boundaryOf, readFilePart } from "./multipart";
import { displayName, kieFileName, uploadPathFor } from "./names";

export type UploadedFile = { url: string; mime: string; bytes: number; kind: UploadKind; fileName: string };

/** Enough leading bytes for every signature `sniff` knows. */
const SNIFF_BYTES = 64;
/** Multipart framing and the small fields around a file never come near this. */
const FRAMING_ALLOWANCE = 64 * 1024;
/** A 1 GB video over a slow uplink still fits; a stalled upload does not hang forever. */

export const uploadQuery = z.object({
  kind: z.enum(UPLOAD_KINDS, { error: "kind must be image, audio or video" }).optional(),
});

/** The client may declare the file's exact size in a field sent before the file. */
const declaredFields = z.object({
  size: z.coerce
    .number({ error: "size must be a number of bytes" })
    .int("size must be a whole number of bytes")
    .nonnegative("size must be a number of bytes")
    .optional(),
});

const refused = (r: { code: string; message: string }, status = 422) =>
  new AppError(r.code, r.message, { status });

/**
 * Receives one multipart upload, checks it, and streams it to Kie's File Upload API.
 * Checks happen before Kie is contacted: the declared size against the cap of the kind asked for,
 * then the real type from the first bytes (and the cap of that kind). While streaming, bytes are
 * counted and the upload is aborted the moment it passes the cap or the declared size.
 */
export async function uploadToKie(req: Request, userId: string, wanted?: UploadKind): Promise<UploadedFile> {
  const boundary = boundaryOf(req.headers.get("content-type"));
  if (!boundary || !req.body)
    throw new AppError("invalid_upload", "Send the file as multipart/form-data in a field named file", {
      status: 415,
    });

  const contentLength = Number(req.headers.get("content-length") ?? Number.NaN);
  const wantedCap = wanted ? UPLOAD_CAPS[wanted] : Math.max(...Object.values(UPLOAD_CAPS));
  if (Number.isFinite(contentLength) && contentLength > wantedCap + FRAMING_ALLOWANCE) {
    await req.body.cancel().catch(() => {});
    throw refused(checkSize(contentLength - FRAMING_ALLOWANCE, wanted) ?? tooLarge(contentLength), 413);
  }

  const part = await readFilePart(req.body, boundary);
  const fields = declaredFields.safeParse(part.fields);
  if (!fields.success) {
    await part.body.cancel();
    throw new AppError("invalid_upload", fields.error.issues[0]?.message ?? "Invalid upload", {
      status: 400,
    });
  }
  const declared = fields.data.size;
  const beforeSniff = declared !== undefined ? checkSize(declared, wanted) : undefined;
  if (beforeSniff) {
    await part.body.cancel();
    throw refused(beforeSniff, beforeSniff.code === "too_large" ? 413 : 422);
  }

  const reader = part.body.getReader();
  const head = await readHead(reader, SNIFF_BYTES);
  const sniffed = sniff(head);
  const refusal =
    (head.length === 0 ? checkSize(0) : checkKind(sniffed?.kind, wanted)) ??
    (declared !== undefined ? checkSize(declared, sniffed?.kind as UploadKind) : undefined);
  if (refusal || !sniffed) {
    await reader.cancel().catch(() => {});
    const why = refusal ?? { code: "not_media", message: "That is not an image, audio or video file" };
    throw refused(why, why.code === "too_large" ? 413 : 422);
  }
  const kind = sniffed.kind as UploadKind;

  const fileName = displayName(part.fileName, sniffed.ext);
  const limit = Math.min(UPLOAD_CAPS[kind], declared ?? Number.POSITIVE_INFINITY);
  const outgoing = new OutgoingUpload({
    head,
    rest: reader,
    limit,
    overLimit: () =>
      declared !== undefined && declared < UPLOAD_CAPS[kind]
        ? new AppError("size_mismatch", "The file is larger than its declared size", { status: 400 })
        : refused(checkSize(UPLOAD_CAPS[kind] + 1, kind)!, 413),
    fields: { uploadPath: uploadPathFor(userId), fileName: kieFileName(sniffed.ext) },
    mime: sniffed.mime,
  });
  const url = await postToKie(outgoing, req.signal);
  if (declared !== undefined && outgoing.count !== declared)
    throw new AppError("size_mismatch", "The upload was cut short; try again", { status: 400 });
  return { url, mime: sniffed.mime, bytes: outgoing.count, kind, fileName };
}

function tooLarge(bytes: number) {
  return { code: "too_large" as const, message: `That file is ${formatBytes(bytes)}; that is too large` };
}

async function readHead(reader: ReadableStreamDefaultReader<Uint8Array>, n: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  while (length < n) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(Buffer.from(value));
    length += value.length;
  }
  return Buffer.concat(chunks);
}

type OutgoingOptions = {
  head: Buffer;
  rest: ReadableStreamDefaultReader<Uint8Array>;
  limit: number;
  overLimit: () => AppError;
  fields: Record<string, string>;
  mime: string;
};

/** The multipart body for Kie, produced on demand (back-pressured) while counting file bytes. */
class OutgoingUpload {
  readonly boundary = `----KieStudio${randomBytes(12).toString("hex")}`;
  count = 0;
  /** Why the stream stopped, when it was our decision rather than the network's. */
  refusal: AppError | undefined;
  readonly body: ReadableStream<Uint8Array>;

  constructor(private readonly o: OutgoingOptions) {
    const enc = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));
    const preamble =
      Object.entries(o.fields)
        .map(([k, v]) => `--${this.boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
        .join("") +
      `--${this.boundary}\r\nContent-Disposition: form-data; name="file"; filename="${o.fields.fileName}"\r\n` +
      `Content-Type: ${o.mime}\r\n\r\n`;
    let stage: "preamble" | "head" | "rest" | "done" = "preamble";
    this.body = new ReadableStream<Uint8Array>({
      pull: async (controller) => {
        if (stage === "preamble") {
          stage = "head";
          return controller.enqueue(enc(preamble));
        }
        if (stage === "head") {
          stage = "rest";
          if (o.head.length) return this.send(controller, o.head);
        }
        if (stage === "rest") {
          let chunk: ReadableStreamReadResult<Uint8Array>;
          try {
            chunk = await o.rest.read();
          } catch (err) {
            this.refusal = err instanceof AppError ? err : undefined;
            return controller.error(err);
          }
          if (!chunk.done) return this.send(controller, chunk.value);
          stage = "done";
          controller.enqueue(enc(`\r\n--${this.boundary}--\r\n`));
          return controller.close();
        }
      },
      cancel: () => o.rest.cancel().catch(() => {}),
    });
  }

  private send(controller: ReadableStreamDefaultController<Uint8Array>, bytes: Uint8Array) {
    this.count += bytes.length;
    if (this.count > this.o.limit) {
      this.refusal = this.o.overLimit();
      void this.o.rest.cancel().catch(() => {});
      return controller.error(this.refusal);
    }
    controller.enqueue(bytes);
  }
}

async function postToKie(upload: OutgoingUpload, clientSignal: AbortSignal): Promise<string> {
  try {
    return await streamUploadToKie(
      { body: upload.body, contentType: `multipart/form-data; boundary=${upload.boundary}` },
      clientSignal,
    );
  } catch (err) {
    if (upload.refusal) throw upload.refusal;
    if (clientSignal.aborted)
      throw new AppError("upload_aborted", "The upload was canceled", { status: 400 });
    throw err;
  }
}
