import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { KieError } from "@/lib/kie/errors";

let server: http.Server;
let kieRequest: typeof import("@/lib/kie/client").kieRequest;
const seen: Array<{ auth?: string; path?: string }> = [];

// A tiny stand-in for Kie: the path picks the answer.
beforeAll(async () => {
  server = http.createServer((req, res) => {
    seen.push({ auth: req.headers.authorization, path: req.url });
    const send = (status: number, body: string, type = "application/json") => {
      res.writeHead(status, { "content-type": type });
      res.end(body);
    };
    const code = Number(req.url?.match(/\/code\/(\d+)/)?.[1]);
    if (code) return send(200, JSON.stringify({ code, msg: `reason ${code}`, data: null }));
    if (req.url?.startsWith("/ok-text-plain"))
      return send(200, '{"code":200,"msg":"success","data":{"taskId":"abc"}}', "text/plain");
    if (req.url?.startsWith("/http500")) return send(500, "<html>bad gateway</html>", "text/html");
    if (req.url?.startsWith("/not-json")) return send(200, "hello");
    if (req.url?.startsWith("/upload-fail"))
      return send(
        200,
        JSON.stringify({ success: false, code: 400, msg: "Missing required parameter: uploadPath" }),
      );
    if (req.url?.startsWith("/hang")) return;
    send(404, "{}");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as AddressInfo).port;
  process.env.KIE_API_KEY = "sk-test-key-123456";
  process.env.KIE_BASE_URL = `http://127.0.0.1:${port}`;
  process.env.DATA_DIR = `/tmp/kie-client-test-${process.pid}`;
  ({ kieRequest } = await import("@/lib/kie/client"));
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

async function failure(path: string, timeoutMs?: number): Promise<KieError> {
  try {
    await kieRequest({ method: "GET", path, timeoutMs });
  } catch (err) {
    return err as KieError;
  }
  throw new Error("expected a failure");
}

describe("Kie HTTP client", () => {
  it("sends the Bearer key and parses JSON by body, not content-type", async () => {
    const res = await kieRequest<{ taskId: string }>({ method: "GET", path: "/ok-text-plain" });
    expect(res.data.taskId).toBe("abc");
    expect(seen.at(-1)?.auth).toBe("Bearer sk-test-key-123456");
  });

  it.each([
    [401, /API key/],
    [402, /out of credits/],
    [404, /could not find/],
    [422, /Kie rejected the request: reason 422/],
    [429, /busy/],
    [451, /could not fetch the media URL/],
    [455, /maintenance/],
    [500, /internal error/],
    [501, /Generation failed/],
    [505, /disabled/],
    [503, /internal error/],
  ])("maps HTTP 200 with body code %i to a clear message", async (code, message) => {
    const err = await failure(`/code/${code}`);
    expect(err.kieCode).toBe(code);
    expect(err.message).toMatch(message);
    expect(err.mayHaveReachedKie).toBe(false);
  });

  it("retries only what may succeed later", async () => {
    expect((await failure("/code/429")).retryable).toBe(true);
    expect((await failure("/code/455")).retryable).toBe(true);
    expect((await failure("/code/402")).retryable).toBe(false);
    expect((await failure("/code/422")).retryable).toBe(false);
  });

  it("treats upload-style {success:false} as a failure", async () => {
    const err = await failure("/upload-fail");
    expect(err.kieCode).toBe(400);
    expect(err.message).toContain("uploadPath");
  });

  it("reports an HTML 500 without leaking it as JSON", async () => {
    const err = await failure("/http500");
    expect(err.kieCode).toBe(500);
  });

  it("flags an unreadable 200 body as a bad response that may have reached Kie", async () => {
    const err = await failure("/not-json");
    expect(err.kieCode).toBe("bad_response");
    expect(err.mayHaveReachedKie).toBe(true);
  });

  it("times out, and marks the request as possibly delivered", async () => {
    const err = await failure("/hang", 200);
    expect(err.kieCode).toBe("timeout");
    expect(err.mayHaveReachedKie).toBe(true);
  });
});
