import { createHash } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { GetObjectCommand, ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type Stack, startStack } from "../support/stack";

// Auth.js cannot load outside Next; with no session cookie the real lib/session judges the bearer token.
vi.mock("@/lib/auth", () => ({ auth: async () => null }));

/** The slice of s3rver's API used here (the package ships no types). */
type S3rverServer = { run(): Promise<AddressInfo>; close(): Promise<void> };
const S3rver = createRequire(import.meta.url)("s3rver") as new (opts: {
  port: number;
  address: string;
  silent: boolean;
  directory: string;
  configureBuckets: { name: string; configs: string[] }[];
}) => S3rverServer;

const BUCKET = "studio-assets";
const s3Dir = fs.mkdtempSync(path.join(os.tmpdir(), "kie-s3rver-"));
let s3rver: S3rverServer;
let s3: S3Client;
let stack: Stack;
let token: string;
let GET: typeof import("@/app/api/assets/[id]/route").GET;
let storage: typeof import("@/lib/assets/storage").storage;

beforeAll(async () => {
  s3rver = new S3rver({
    port: 0,
    address: "127.0.0.1",
    silent: true,
    directory: s3Dir,
    configureBuckets: [{ name: BUCKET, configs: [] }],
  });
  const { port } = await s3rver.run();
  const endpoint = `http://127.0.0.1:${port}`;
  // s3rver accepts its documented default key pair.
  Object.assign(process.env, {
    STORAGE_DRIVER: "s3",
    S3_BUCKET: BUCKET,
    S3_ENDPOINT: endpoint,
    S3_REGION: "us-east-1",
    S3_ACCESS_KEY_ID: "S3RVER",
    S3_SECRET_ACCESS_KEY: "S3RVER",
    S3_FORCE_PATH_STYLE: "true",
  });
  s3 = new S3Client({
    region: "us-east-1",
    endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
  });
  stack = await startStack("s3@example.com");
  ({ GET } = await import("@/app/api/assets/[id]/route"));
  ({ storage } = await import("@/lib/assets/storage"));
  const { createPersonalAccessToken } = await import("@/lib/people/tokens");
  token = (await createPersonalAccessToken(stack.userId, "s3 test")).token;
});

afterAll(async () => {
  await stack?.close();
  await s3rver?.close();
  fs.rmSync(s3Dir, { recursive: true, force: true });
  for (const key of [
    "STORAGE_DRIVER",
    "S3_BUCKET",
    "S3_ENDPOINT",
    "S3_REGION",
    "S3_ACCESS_KEY_ID",
    "S3_SECRET_ACCESS_KEY",
    "S3_FORCE_PATH_STYLE",
  ])
    delete process.env[key];
});

async function objectBytes(key: string): Promise<Buffer> {
  const out = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
  return Buffer.from(await out.Body!.transformToByteArray());
}

const keysInBucket = async () =>
  ((await s3.send(new ListObjectsV2Command({ Bucket: BUCKET }))).Contents ?? []).map((o) => o.Key!);

function assetRequest(id: string, opts: { query?: string; range?: string; bearer?: string } = {}) {
  const req = new Request(`http://studio.test/api/assets/${id}${opts.query ?? ""}`, {
    headers: {
      ...(opts.bearer !== "" ? { authorization: `Bearer ${opts.bearer ?? token}` } : {}),
      ...(opts.range ? { range: opts.range } : {}),
    },
  });
  return GET(req, { params: Promise.resolve({ id }) });
}

/** Runs one operation to the end and returns its single mirrored asset row. */
async function runOne(operationId: string, input: Record<string, unknown>) {
  const { task } = await stack.lib.submitTask(stack.userId, { operationId, input });
  const view = await stack.runToEnd(task.id);
  expect(view?.state, JSON.stringify(view?.error)).toBe("succeeded");
  const asset = await stack.lib.db.asset.findUniqueOrThrow({ where: { id: view!.outputs[0].assetId } });
  expect(asset.status).toBe("mirrored");
  return { asset, view: view! };
}

describe("S3 storage driver against s3rver", () => {
  it("mirrors a task's image into the bucket, byte-identical, with its thumbnail", async () => {
    const { asset } = await runOne("image.market.nano-banana", {
      prompt: "a lighthouse on a cliff",
      image_size: "16:9",
    });
    const original = Buffer.from(await (await fetch(asset.sourceUrl)).arrayBuffer());
    const stored = await objectBytes(asset.storageKey!);
    expect(stored.equals(original)).toBe(true);
    expect(createHash("sha256").update(stored).digest("hex")).toBe(asset.sha256);
    expect((await objectBytes(asset.thumbKey!)).subarray(8, 12).toString("latin1")).toBe("WEBP");
    // Nothing went to the local folder: the bucket is the only store.
    expect(fs.existsSync(path.join(stack.h.dataDir, "storage"))).toBe(false);
  });

  it("serves the mirrored file through the authorized route with Range, never a bucket URL", async () => {
    const { asset } = await runOne("image.market.nano-banana", { prompt: "a glass teapot" });
    const stored = await objectBytes(asset.storageKey!);

    const whole = await assetRequest(asset.id);
    expect(whole.status).toBe(200);
    expect(whole.headers.get("content-length")).toBe(String(stored.length));
    expect(Buffer.from(await whole.arrayBuffer()).equals(stored)).toBe(true);

    const part = await assetRequest(asset.id, { range: "bytes=10-99" });
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 10-99/${stored.length}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(stored.subarray(10, 100))).toBe(true);

    const tail = await assetRequest(asset.id, { range: "bytes=-16" });
    expect(Buffer.from(await tail.arrayBuffer()).equals(stored.subarray(stored.length - 16))).toBe(true);

    expect((await assetRequest(asset.id, { range: `bytes=${stored.length}-` })).status).toBe(416);
    // Signed out, or someone else: indistinguishable from missing.
    expect((await assetRequest(asset.id, { bearer: "" })).status).toBe(404);
    const other = await stack.lib.db.user.create({
      data: { email: "other-s3@example.com", passwordHash: "x" },
    });
    const { createPersonalAccessToken } = await import("@/lib/people/tokens");
    const otherToken = (await createPersonalAccessToken(other.id, "other")).token;
    expect((await assetRequest(asset.id, { bearer: otherToken })).status).toBe(404);
  });

  it("stores waveform peaks for WAV audio and serves them owner-only as ?variant=peaks", async () => {
    const { task } = await stack.lib.submitTask(stack.userId, {
      operationId: "music.generate",
      input: { prompt: "a calm piano piece for the evening" },
    });
    const view = await stack.runToEnd(task.id);
    expect(view?.state).toBe("succeeded");
    const out = view!.outputs[0];
    expect(out.mime).toBe("audio/wav");
    expect(out.peaksUrl).toBe(`/api/assets/${out.assetId}?variant=peaks`);
    expect(out).toMatchObject({ mirrored: true, mirrorStatus: "mirrored" });
    const res = await assetRequest(out.assetId, { query: "?variant=peaks" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json");
    const peaks = (await res.json()) as { peaks: number[]; durationSec: number; sampleRate: number };
    expect(peaks.peaks.length).toBeGreaterThan(100);
    expect(peaks.peaks.length).toBeLessThanOrEqual(1000);
    expect(Math.max(...peaks.peaks)).toBeGreaterThan(0);
    expect(peaks.peaks.every((p) => p >= 0 && p <= 1)).toBe(true);
    const asset = await stack.lib.db.asset.findUniqueOrThrow({ where: { id: out.assetId } });
    expect(asset.durationSec).toBeCloseTo(peaks.durationSec, 3);
  });

  it("reads video size and duration from the MP4 header", async () => {
    const { view } = await runOne("video.veo.generate", {
      prompt: "a paper boat",
      model: "veo3_lite",
      aspect_ratio: "16:9",
    });
    expect(view.outputs[0]).toMatchObject({ kind: "video", width: 640, height: 360, durationSec: 8 });
  });

  it("uploads large bodies in parts and publishes nothing when the body fails midway", async () => {
    const driver = storage();
    const chunk = Buffer.alloc(1024 * 1024, 7);
    const twentyMb = Readable.from(
      (function* () {
        for (let i = 0; i < 20; i++) yield chunk;
      })(),
    );
    await driver.putStream("tests/big", twentyMb);
    expect(await driver.stat("tests/big")).toEqual({ size: 20 * 1024 * 1024 });
    const mid = await driver.readStream("tests/big", { start: 10 * 1024 * 1024, end: 10 * 1024 * 1024 + 3 });
    let got = Buffer.alloc(0);
    for await (const c of mid) got = Buffer.concat([got, c as Buffer]);
    expect([...got]).toEqual([7, 7, 7, 7]);

    let sent = 0;
    const failing = new Readable({
      read() {
        if (sent++ < 12) this.push(chunk);
        else this.destroy(new Error("connection lost"));
      },
    });
    await expect(driver.putStream("tests/broken", failing)).rejects.toThrow("connection lost");
    expect(await driver.stat("tests/broken")).toBeNull();
    expect(await keysInBucket()).not.toContain("tests/broken");
    await driver.remove("tests/big");
    expect(await driver.stat("tests/big")).toBeNull();
  });

  it("hands a stored result to Kie's upload as a streamed Blob", async () => {
    const driver = storage();
    await driver.putBuffer("tests/blob", Buffer.from("re-upload me"));
    const blob = await driver.openBlob("tests/blob", "text/plain");
    expect(blob.type).toBe("text/plain");
    expect(await blob.text()).toBe("re-upload me");
  });
});
