import { createHash } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppError } from "@/lib/errors";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kie-fetch-media-"));
process.env.DATA_DIR = dataDir;
const storageDir = path.join(dataDir, "storage");

let downloadToStorage: typeof import("@/lib/assets/fetch-media").downloadToStorage;
let acceptHead: typeof import("@/lib/assets/media-rules").acceptHead;
let server: http.Server;
let base: string;
let png: Buffer;
const routes = new Map<string, (res: http.ServerResponse) => void>();

beforeAll(async () => {
  ({ downloadToStorage } = await import("@/lib/assets/fetch-media"));
  ({ acceptHead } = await import("@/lib/assets/media-rules"));
  // Noise keeps the PNG large enough (tens of KB) to be cut in the middle.
  png = await sharp({
    create: {
      width: 96,
      height: 64,
      channels: 3,
      background: "#2e86de",
      noise: { type: "gaussian", mean: 128, sigma: 40 },
    },
  })
    .png()
    .toBuffer();
  server = http.createServer((req, res) => {
    const route = routes.get(req.url ?? "");
    if (route) route(res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** The test server stands in for Kie's host, the one host allowed on a private address. */
const download = (route: string, key: string, maxBytes = 1e6, idleTimeoutMs = 2000) =>
  downloadToStorage(`http://${base}${route}`, key, {
    maxBytes,
    inspectHead: (head) => acceptHead("image", head),
    policy: { trustedHosts: new Set([base]), allowUrl: () => true, idleTimeoutMs },
  });

async function failure(p: Promise<unknown>): Promise<AppError> {
  return p.then(
    () => {
      throw new Error("expected the download to fail");
    },
    (e: AppError) => e,
  );
}

/** Every file under storage, partial writes included. */
const stored = () =>
  (fs.existsSync(storageDir) ? fs.readdirSync(storageDir, { recursive: true }) : []).map(String);
const files = () => stored().filter((f) => fs.statSync(path.join(storageDir, f)).isFile());

describe("downloadToStorage", () => {
  it("stores the bytes with their sha256 and size", async () => {
    routes.set("/good.png", (res) => res.writeHead(200, { "content-length": png.length }).end(png));
    const got = await download("/good.png", "assets/u1/good");
    expect(got.bytes).toBe(png.length);
    expect(got.sha256).toBe(createHash("sha256").update(png).digest("hex"));
    expect(fs.readFileSync(path.join(storageDir, "assets/u1/good")).equals(png)).toBe(true);
  });

  it("refuses a truncated body and leaves no file", async () => {
    routes.set("/cut.png", (res) => {
      res.writeHead(200, { "content-length": png.length });
      res.write(png.subarray(0, png.length / 2));
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const err = await failure(download("/cut.png", "assets/u1/cut"));
    expect(err.code).toBe("media_truncated");
    expect(err.message).toMatch(/^The download was cut short/);
    expect(files().filter((f) => f.includes("cut"))).toEqual([]);
  });

  it("refuses a file whose declared size is over the cap without reading it", async () => {
    routes.set("/big-declared.png", (res) => res.writeHead(200, { "content-length": 5_000_000 }).end());
    const err = await failure(download("/big-declared.png", "assets/u1/big1", 1_000_000));
    expect(err.code).toBe("media_too_large");
    expect(err.message).toBe("The file is 5 MB, over the 1 MB limit");
    expect(files().filter((f) => f.includes("big1"))).toEqual([]);
  });

  it("stops an undeclared body as soon as it passes the cap and leaves no file", async () => {
    routes.set("/big-chunked.png", (res) => {
      res.writeHead(200); // chunked: no content-length to judge up front
      res.write(png);
      const filler = Buffer.alloc(64 * 1024, 1);
      const timer = setInterval(() => (res.destroyed ? clearInterval(timer) : res.write(filler)), 1);
    });
    const err = await failure(download("/big-chunked.png", "assets/u1/big2", 300_000));
    expect(err.code).toBe("media_too_large");
    expect(err.message).toBe("The file is over the 300 KB limit");
    expect(files().filter((f) => f.includes("big2"))).toEqual([]);
  });

  it("fails a body that stalls with an idle-timeout error and leaves no file", async () => {
    routes.set("/slow.png", (res) => {
      res.writeHead(200, { "content-length": png.length });
      res.write(png.subarray(0, 700)); // past the sniffed head, then silence
    });
    const err = await failure(download("/slow.png", "assets/u1/slow", 1e6, 150));
    expect(err.code).toBe("net_idle");
    expect(err.message).toBe("The media server went silent for 0.15 s");
    expect(files().filter((f) => f.includes("slow"))).toEqual([]);
  });

  it.each([
    ["an HTML page", "\n  <!DOCTYPE html><html><body>Access denied</body></html>".padEnd(2000, " ")],
    [
      "an SVG",
      '\uFEFF<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    ],
    ["a bare SVG", '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'],
  ])("refuses %s posing as an image, before anything is written", async (_label, body) => {
    routes.set("/fake.png", (res) => res.writeHead(200, { "content-type": "image/png" }).end(body));
    const err = await failure(download("/fake.png", "assets/u1/fake"));
    expect(err.code).toBe("media_kind");
    expect(err.message).toBe("Expected an image but the link returned a web page or SVG");
    expect(files().filter((f) => f.includes("fake"))).toEqual([]);
  });

  it("refuses bytes of another kind than declared", async () => {
    const wav = Buffer.concat([Buffer.from("RIFF\0\0\0\0WAVEfmt "), Buffer.alloc(40)]);
    routes.set("/wav-as-image", (res) => res.end(wav));
    const err = await failure(download("/wav-as-image", "assets/u1/wrong"));
    expect(err.message).toBe("Expected an image but the link returned audio/wav");
  });

  it("answers an expired link as media_expired so a fresh one can be asked for", async () => {
    routes.set("/expired.png", (res) => res.writeHead(403).end("<Error>Request has expired</Error>"));
    const err = await failure(download("/expired.png", "assets/u1/exp"));
    expect(err.code).toBe("media_expired");
  });

  it("never leaves a partial write behind after all those failures", () => {
    expect(files().filter((f) => f.includes(".part-"))).toEqual([]);
  });
});
