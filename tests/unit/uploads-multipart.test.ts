import { describe, expect, it } from "vitest";
import { boundaryOf, readFilePart } from "@/lib/uploads/multipart";
import { displayName, kieFileName, uploadPathFor } from "@/lib/uploads/names";

/** A real multipart body (as a browser would send it), re-chunked into pieces of `chunk` bytes. */
async function bodyOf(form: FormData, chunk: number) {
  const req = new Request("http://x/", { method: "POST", body: form });
  const bytes = new Uint8Array(await req.arrayBuffer());
  let at = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, at + chunk));
      at += chunk;
    },
  });
  const boundary = boundaryOf(req.headers.get("content-type"));
  if (!boundary) throw new Error("no boundary");
  return { stream, boundary };
}

async function drain(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const reader = stream.getReader();
  const chunks: Buffer[] = [];
  for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(Buffer.from(r.value));
  return Buffer.concat(chunks);
}

// Bytes that contain CRLF and dashes, so a parser that cuts at the wrong place shows it.
const payload = Buffer.from(
  Array.from({ length: 5000 }, (_, i) => (i % 7 === 0 ? 13 : i % 7 === 1 ? 10 : 45 + (i % 50))),
);

describe("streaming multipart reader", () => {
  it("finds the boundary of a multipart content type only", () => {
    expect(boundaryOf("multipart/form-data; boundary=----abc123")).toBe("----abc123");
    expect(boundaryOf('multipart/form-data; boundary="quoted b"')).toBe("quoted b");
    expect(boundaryOf("application/json")).toBeUndefined();
    expect(boundaryOf(null)).toBeUndefined();
  });

  it.each([1, 7, 64, 100_000])(
    "reads fields before the file and streams the file byte-exact (chunks of %i)",
    async (chunk) => {
      const form = new FormData();
      form.set("size", "5000");
      form.set("note", "hello\r\nworld");
      form.set("file", new Blob([new Uint8Array(payload)], { type: "image/png" }), "pic.png");
      form.set("after", "ignored");
      const { stream, boundary } = await bodyOf(form, chunk);
      const part = await readFilePart(stream, boundary);
      expect(part.fields).toEqual({ size: "5000", note: "hello\r\nworld" });
      expect(part.fileName).toBe("pic.png");
      expect(part.contentType).toBe("image/png");
      expect((await drain(part.body)).equals(payload)).toBe(true);
    },
  );

  it("answers a clear 400 when there is no file part", async () => {
    const form = new FormData();
    form.set("size", "10");
    const { stream, boundary } = await bodyOf(form, 16);
    await expect(readFilePart(stream, boundary)).rejects.toMatchObject({
      status: 400,
      message: "Choose a file to upload",
    });
  });

  it("refuses a body that is not multipart at all", async () => {
    const stream = new Response("just some text, no boundary anywhere").body!;
    await expect(readFilePart(stream, "xyz")).rejects.toMatchObject({
      status: 400,
      code: "invalid_multipart",
    });
  });

  it("errors the file stream when the body ends before the file does", async () => {
    const form = new FormData();
    form.set("file", new Blob([new Uint8Array(payload)]), "cut.png");
    const req = new Request("http://x/", { method: "POST", body: form });
    const whole = new Uint8Array(await req.arrayBuffer());
    const truncated = new Response(whole.slice(0, 3000)).body!;
    const part = await readFilePart(truncated, boundaryOf(req.headers.get("content-type"))!);
    await expect(drain(part.body)).rejects.toMatchObject({
      message: "The upload ended before the file was complete",
    });
  });
});

describe("upload names", () => {
  it("keeps only the base name, without control characters", () => {
    expect(displayName("C:\\Users\\me\\cat.png", "png")).toBe("cat.png");
    expect(displayName("../../etc/passwd", "png")).toBe("passwd");
    expect(displayName("evil\u0000\nname.jpg", "jpg")).toBe("evilname.jpg");
    expect(displayName("", "webp")).toBe("upload.webp");
  });

  it("gives every user a stable, opaque folder and every upload a fresh name", () => {
    expect(uploadPathFor("user-1")).toMatch(/^kie-studio\/[0-9a-f]{16}$/);
    expect(uploadPathFor("user-1")).toBe(uploadPathFor("user-1"));
    expect(uploadPathFor("user-1")).not.toBe(uploadPathFor("user-2"));
    expect(uploadPathFor("user-1")).not.toContain("user-1");
    expect(kieFileName("png")).toMatch(/^\d{13}-[0-9a-f]{12}\.png$/);
    expect(kieFileName("png")).not.toBe(kieFileName("png"));
  });
});
