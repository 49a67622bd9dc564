import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture } from "../../support/fixtures";

/**
 * Kie's documented answers for the utility endpoints, served as they are, read by the studio's real
 * code: the credit balance, the two download-url endpoints, the File Upload API (both documented
 * success shapes and an error), and where a signed callback names its task.
 */
let server: http.Server;
const answers: Record<string, unknown> = {
  "GET /api/v1/chat/credit": fixture("common-credit-response-docs.json"),
  "POST /api/v1/common/download-url": fixture("common-download-url-response-docs.json"),
  "POST /api/v1/gpt4o-image/download-url": fixture("gpt4o-download-url-response-docs.json"),
  "POST /upload/api/file-stream-upload": fixture("upload-response-quickstart-variant.json"),
};
const bodies: Record<string, string> = {};
let base = "";

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const key = `${req.method} ${req.url?.split("?")[0]}`;
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      bodies[key] = Buffer.concat(chunks).toString("latin1");
      res.writeHead(key in answers ? 200 : 404, { "content-type": "application/json" });
      res.end(JSON.stringify(answers[key] ?? {}));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.KIE_API_KEY = "sk-fixture-key-123456";
  process.env.KIE_BASE_URL = base;
  process.env.KIE_UPLOAD_BASE_URL = `${base}/upload`;
  process.env.DATA_DIR = `/tmp/kie-wire-fixtures-${process.pid}`;
});

afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe("utility endpoints read from Kie's documented answers", () => {
  it("the credit balance is data, a number", async () => {
    const { fetchKieBalance } = await import("@/lib/admin/balance");
    expect(await fetchKieBalance()).toBe(100);
  });

  it("common download-url answers a plain string link", async () => {
    const { freshDownloadUrl } = await import("@/lib/kie/download-url");
    const url = await freshDownloadUrl("https://tempfile.aiquickdraw.com/x.png");
    expect(url).toBe((fixture("common-download-url-response-docs.json") as { data: string }).data);
    expect(JSON.parse(bodies["POST /api/v1/common/download-url"])).toEqual({
      url: "https://tempfile.aiquickdraw.com/x.png",
    });
  });

  it("4o download-url takes the task id too", async () => {
    const { freshDownloadUrl } = await import("@/lib/kie/download-url");
    const url = await freshDownloadUrl("https://tempfile.aiquickdraw.com/y.png", {
      gpt4oTaskId: "task12345",
    });
    expect(url).toContain("X-Amz-Expires=1200");
    expect(JSON.parse(bodies["POST /api/v1/gpt4o-image/download-url"])).toEqual({
      taskId: "task12345",
      url: "https://tempfile.aiquickdraw.com/y.png",
    });
  });

  it("the upload API's quickstart shape still yields its downloadUrl; the file goes as multipart", async () => {
    const { uploadToKie } = await import("@/lib/kie/upload");
    const url = await uploadToKie(new Blob([Buffer.from("PNGDATA")], { type: "image/png" }), {
      fileName: "a.png",
      uploadPath: "kie-studio/test",
    });
    expect(url).toBe(
      (fixture("upload-response-quickstart-variant.json") as { data: { downloadUrl: string } }).data
        .downloadUrl,
    );
    const sent = bodies["POST /upload/api/file-stream-upload"];
    expect(sent).toContain('name="uploadPath"');
    expect(sent).toContain("kie-studio/test");
    expect(sent).toContain("PNGDATA");
  });

  it("an upload error becomes a KieError carrying Kie's code and message, nothing created", async () => {
    answers["POST /upload/api/file-stream-upload"] = fixture("upload-error-400-missing-uploadPath-docs.json");
    const { uploadToKie } = await import("@/lib/kie/upload");
    const err = await uploadToKie(new Blob(["x"]), { fileName: "a.png", uploadPath: "p" }).catch((e) => e);
    expect(err).toMatchObject({ kieCode: 400, kieMessage: "Missing required parameter: uploadPath" });
    expect(err.mayHaveReachedKie).toBe(false);
  });

  it("a signed callback names its task at the top level", async () => {
    const { callbackTaskId } = await import("@/lib/ops/status");
    expect(callbackTaskId(fixture("webhook-signed-callback-body-example.json"))).toBe(
      "ee9c2715375b7837f8bb51d641ff5863",
    );
  });
});
