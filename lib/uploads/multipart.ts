import { AppError } from "@/lib/errors";

/**
 * A streaming reader for `multipart/form-data` request bodies. `Request.formData()` holds the whole
 * body in memory, which is no way to receive a 1 GB video: this reads the small text fields before
 * the file and then hands the file part on as a stream, holding at most one chunk plus a boundary.
 */

export type FilePart = {
  /** Text fields that came before the file part. */
  fields: Record<string, string>;
  fieldName: string;
  fileName: string;
  contentType: string;
  body: ReadableStream<Uint8Array>;
};

const CRLF = Buffer.from("\r\n");
const HEADERS_END = Buffer.from("\r\n\r\n");
const MAX_HEADER_BYTES = 8 * 1024;
const MAX_FIELD_BYTES = 16 * 1024;
const MAX_FIELDS = 20;

const malformed = (message = "The upload is not valid multipart form data") =>
  new AppError("invalid_multipart", message, { status: 400 });

/** The boundary of a `multipart/form-data` content type, or undefined for anything else. */
export function boundaryOf(contentType: string | null): string | undefined {
  if (!contentType || !/^multipart\/form-data\b/i.test(contentType)) return undefined;
  const m = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(contentType);
  return m?.[1] ?? m?.[2];
}

/** Pull-based buffer over a byte stream. */
class ByteReader {
  private buf: Buffer = Buffer.alloc(0);
  private ended = false;

  constructor(private readonly reader: ReadableStreamDefaultReader<Uint8Array>) {}

  private async pull(): Promise<boolean> {
    if (this.ended) return false;
    const { done, value } = await this.reader.read();
    if (done) {
      this.ended = true;
      return false;
    }
    this.buf = this.buf.length ? Buffer.concat([this.buf, value]) : Buffer.from(value);
    return true;
  }

  /** The bytes before `delim` (which is consumed), refusing to hold more than `max` bytes. */
  async readUntil(delim: Buffer, max: number): Promise<Buffer> {
    let from = 0;
    for (;;) {
      const at = this.buf.indexOf(delim, from);
      if (at >= 0) {
        const out = this.buf.subarray(0, at);
        this.buf = this.buf.subarray(at + delim.length);
        return out;
      }
      if (this.buf.length > max + delim.length) throw malformed("A form field of the upload is too long");
      from = Math.max(0, this.buf.length - delim.length + 1);
      if (!(await this.pull())) throw malformed();
    }
  }

  async readExactly(n: number): Promise<Buffer> {
    while (this.buf.length < n) if (!(await this.pull())) throw malformed();
    const out = this.buf.subarray(0, n);
    this.buf = this.buf.subarray(n);
    return out;
  }

  /** Streams the bytes before `delim`, keeping back only what could be the start of it. */
  streamUntil(delim: Buffer): ReadableStream<Uint8Array> {
    return new ReadableStream<Uint8Array>({
      pull: async (controller) => {
        for (;;) {
          const at = this.buf.indexOf(delim);
          if (at >= 0) {
            if (at > 0) controller.enqueue(new Uint8Array(this.buf.subarray(0, at)));
            this.buf = this.buf.subarray(at + delim.length);
            controller.close();
            return;
          }
          const safe = this.buf.length - delim.length + 1;
          if (safe > 0) {
            controller.enqueue(new Uint8Array(this.buf.subarray(0, safe)));
            this.buf = this.buf.subarray(safe);
            return;
          }
          if (!(await this.pull())) {
            controller.error(malformed("The upload ended before the file was complete"));
            return;
          }
        }
      },
      cancel: async () => {
        await this.reader.cancel().catch(() => {});
      },
    });
  }

  async cancel(): Promise<void> {
    await this.reader.cancel().catch(() => {});
  }
}

type PartHeaders = { name: string; fileName?: string; contentType: string };

function parsePartHeaders(raw: Buffer): PartHeaders {
  let disposition = "";
  let contentType = "application/octet-stream";
  for (const line of raw.toString("utf8").split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon < 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (key === "content-disposition") disposition = value;
    else if (key === "content-type") contentType = value;
  }
  const name = /(?:^|;)\s*name="([^"]*)"/i.exec(disposition)?.[1];
  if (!/^form-data\b/i.test(disposition) || name === undefined) throw malformed();
  const fileName = /(?:^|;)\s*filename="([^"]*)"/i.exec(disposition)?.[1];
  return { name, fileName, contentType };
}

/**
 * Reads text fields up to the part named `fileField` and returns that part as a stream. Anything
 * after the file part is ignored. Throws a 400 AppError for a malformed body or a missing file.
 */
export async function readFilePart(
  body: ReadableStream<Uint8Array>,
  boundary: string,
  fileField = "file",
): Promise<FilePart> {
  const reader = new ByteReader(body.getReader());
  const dashBoundary = Buffer.from(`--${boundary}`);
  const delimiter = Buffer.concat([CRLF, dashBoundary]);
  const fields: Record<string, string> = {};
  try {
    await reader.readUntil(dashBoundary, MAX_FIELD_BYTES);
    for (let part = 0; part <= MAX_FIELDS; part++) {
      const after = (await reader.readExactly(2)).toString("latin1");
      if (after === "--") break;
      if (after !== "\r\n") throw malformed();
      const headers = parsePartHeaders(await reader.readUntil(HEADERS_END, MAX_HEADER_BYTES));
      if (headers.name === fileField && headers.fileName !== undefined) {
        return {
          fields,
          fieldName: headers.name,
          fileName: headers.fileName,
          contentType: headers.contentType,
          body: reader.streamUntil(delimiter),
        };
      }
      fields[headers.name] = (await reader.readUntil(delimiter, MAX_FIELD_BYTES)).toString("utf8");
    }
  } catch (err) {
    await reader.cancel();
    throw err;
  }
  await reader.cancel();
  throw new AppError("missing_file", "Choose a file to upload", { status: 400 });
}
