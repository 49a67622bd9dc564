import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { AUTH, BASE, fetchBytes, makeSim } from "./helpers";

type UploadBody = {
  success: boolean;
  code: number;
  msg: string;
  data?: { downloadUrl: string; fileName: string; filePath: string; fileSize: number; mimeType: string };
};

async function upload(sim: ReturnType<typeof makeSim>["sim"], path: string, init: RequestInit) {
  const res = await sim.handle(new Request(`${BASE}/upload/api/${path}`, { method: "POST", ...init }));
  return (await res.json()) as UploadBody;
}

const png = () =>
  sharp({ create: { width: 8, height: 6, channels: 3, background: "#ff8800" } })
    .png()
    .toBuffer();

describe("simulator: file upload host", () => {
  it("stores a multipart upload and serves the same bytes at downloadUrl", async () => {
    const { sim } = makeSim();
    const bytes = await png();
    const form = new FormData();
    form.set("file", new Blob([new Uint8Array(bytes)], { type: "image/png" }), "orange.png");
    form.set("uploadPath", "images/user-uploads");
    const body = await upload(sim, "file-stream-upload", { headers: AUTH, body: form });
    expect(body).toMatchObject({ success: true, code: 200, msg: "File uploaded successfully" });
    expect(body.data).toMatchObject({ fileSize: bytes.length, mimeType: "image/png" });
    expect(body.data?.filePath).toMatch(/^kieai\/\d+\/images\/user-uploads\/\d+-\w+\.png$/);
    expect(body.data?.downloadUrl).toMatch(/^http:\/\/sim\.test\/media\/up[0-9a-f]{24}\.png$/);
    const served = await fetchBytes(sim, body.data?.downloadUrl ?? "");
    expect(served.res.headers.get("content-type")).toBe("image/png");
    expect(served.bytes.equals(bytes)).toBe(true);
  });

  it("accepts base64 (raw or data URL) and keeps a given fileName verbatim", async () => {
    const { sim } = makeSim();
    const bytes = await png();
    const body = await upload(sim, "file-base64-upload", {
      headers: { ...AUTH, "content-type": "application/json" },
      body: JSON.stringify({
        base64Data: `data:image/png;base64,${bytes.toString("base64")}`,
        uploadPath: "refs",
        fileName: "mine.png",
      }),
    });
    expect(body.data).toMatchObject({ fileName: "mine.png", fileSize: bytes.length });
    expect((await fetchBytes(sim, body.data?.downloadUrl ?? "")).bytes.equals(bytes)).toBe(true);

    const broken = await upload(sim, "file-base64-upload", {
      headers: AUTH,
      body: JSON.stringify({ base64Data: "***", uploadPath: "refs" }),
    });
    expect(broken).toEqual({
      success: false,
      code: 400,
      msg: "Base64 decoding failed: Invalid Base64 format",
    });
  });

  it("re-uploads its own media by URL and refuses foreign URLs with 400", async () => {
    const { sim } = makeSim();
    const bytes = await png();
    const first = await upload(sim, "file-base64-upload", {
      headers: AUTH,
      body: JSON.stringify({ base64Data: bytes.toString("base64"), uploadPath: "a" }),
    });
    const copy = await upload(sim, "file-url-upload", {
      headers: AUTH,
      body: JSON.stringify({ fileUrl: first.data?.downloadUrl, uploadPath: "b" }),
    });
    expect(copy.code).toBe(200);
    expect((await fetchBytes(sim, copy.data?.downloadUrl ?? "")).bytes.equals(bytes)).toBe(true);

    const foreign = await upload(sim, "file-url-upload", {
      headers: AUTH,
      body: JSON.stringify({ fileUrl: "https://example.com/cat.png", uploadPath: "b" }),
    });
    expect(foreign).toMatchObject({ success: false, code: 400 });
  });

  it("uses the upload host's error envelope", async () => {
    const { sim } = makeSim();
    const noPath = await upload(sim, "file-base64-upload", {
      headers: AUTH,
      body: JSON.stringify({ base64Data: "aGVsbG8=" }),
    });
    expect(noPath).toEqual({ success: false, code: 400, msg: "Missing required parameter: uploadPath" });
    const noAuth = await upload(sim, "file-base64-upload", {
      body: JSON.stringify({ base64Data: "aGVsbG8=", uploadPath: "x" }),
    });
    expect(noAuth).toEqual({ success: false, code: 401, msg: "Authentication failed: Invalid API Key" });
  });
});
