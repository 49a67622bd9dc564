import sharp from "sharp";
import { createSimulator, type Simulator, type SimulatorOptions } from "../../../lib/kie/simulator";

export const BASE = "http://sim.test";
export const AUTH = { authorization: "Bearer test-key" };

export type Captured = { url: string; headers: Headers; body: Record<string, unknown> };

/** A simulator at 1/100 speed whose callbacks land in `captured` instead of the network. */
export function makeSim(extra: Partial<SimulatorOptions> = {}): { sim: Simulator; captured: Captured[] } {
  const captured: Captured[] = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    captured.push({
      url: String(input),
      headers: new Headers(init?.headers),
      body: JSON.parse(String(init?.body)) as Record<string, unknown>,
    });
    return new Response("ok");
  };
  const sim = createSimulator({ basePath: "", publicBaseUrl: BASE, timeScale: 0.01, fetchImpl, ...extra });
  return { sim, captured };
}

export type KieBody = { code: number; msg: string; data: unknown };

export async function call(
  sim: Simulator,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = AUTH,
): Promise<{ status: number; json: KieBody }> {
  const res = await sim.handle(
    new Request(`${BASE}${path}`, {
      method,
      headers: { ...headers, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
  return { status: res.status, json: (await res.json()) as KieBody };
}

export async function fetchBytes(sim: Simulator, url: string, headers: Record<string, string> = {}) {
  const res = await sim.handle(new Request(url, { headers }));
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function pollUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 8000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out; last value: ${JSON.stringify(value).slice(0, 500)}`);
    await sleep(10);
  }
}

export function parseWav(buf: Buffer) {
  expect4(buf.toString("ascii", 0, 4), "RIFF");
  expect4(buf.toString("ascii", 8, 12), "WAVE");
  let offset = 12;
  let format: { channels: number; sampleRate: number; bitsPerSample: number; audioFormat: number } | null =
    null;
  while (offset + 8 <= buf.length) {
    const id = buf.toString("ascii", offset, offset + 4);
    const size = buf.readUInt32LE(offset + 4);
    if (id === "fmt ") {
      format = {
        audioFormat: buf.readUInt16LE(offset + 8),
        channels: buf.readUInt16LE(offset + 10),
        sampleRate: buf.readUInt32LE(offset + 12),
        bitsPerSample: buf.readUInt16LE(offset + 22),
      };
    }
    if (id === "data" && format) {
      const frames = size / (format.channels * (format.bitsPerSample / 8));
      return {
        ...format,
        dataBytes: size,
        riffSize: buf.readUInt32LE(4),
        duration: frames / format.sampleRate,
      };
    }
    offset += 8 + size;
  }
  throw new Error("no data chunk");
}

function expect4(actual: string, expected: string): void {
  if (actual !== expected) throw new Error(`expected ${expected}, got ${actual}`);
}

export async function imageMeta(bytes: Buffer) {
  const meta = await sharp(bytes).metadata();
  return { format: meta.format, width: meta.width, height: meta.height };
}

export function pathOf(url: string): string {
  return url.slice(BASE.length);
}

/** Creates a Nano Banana task and waits for it: its id and the URL of its (simulated) image. */
export async function finishedImage(
  sim: Simulator,
  prompt: string,
): Promise<{ taskId: string; url: string }> {
  const created = await call(sim, "POST", "/api/v1/jobs/createTask", {
    model: "google/nano-banana",
    input: { prompt },
  });
  const { taskId } = created.json.data as { taskId: string };
  const record = await pollUntil(
    async () =>
      (await call(sim, "GET", `/api/v1/jobs/recordInfo?taskId=${taskId}`)).json.data as {
        state: string;
        response: { resultUrls: string[] };
      },
    (r) => r.state === "success",
  );
  return { taskId, url: record.response.resultUrls[0] };
}
