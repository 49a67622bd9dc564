import { describe, expect, it } from "vitest";
import { BASE, call, fetchBytes, makeSim, parseWav, pollUntil } from "./helpers";

async function finishedSong(sim: ReturnType<typeof makeSim>["sim"]) {
  const body = {
    customMode: false,
    instrumental: false,
    model: "V4",
    prompt: "rock",
    callBackUrl: "https://x.test/cb",
  };
  const { taskId } = (await call(sim, "POST", "/api/v1/generate", body)).json.data as { taskId: string };
  const record = await pollUntil(
    async () =>
      (await call(sim, "GET", `/api/v1/generate/record-info?taskId=${taskId}`)).json.data as {
        status: string;
        response: { sunoData: Array<{ audioUrl: string; streamAudioUrl: string; duration: number }> };
      },
    (r) => r.status === "SUCCESS",
  );
  return record.response.sunoData[0];
}

describe("simulator: media serving", () => {
  it("serves byte ranges with 206 and the exact slice", async () => {
    const { sim } = makeSim();
    const track = await finishedSong(sim);
    const full = await fetchBytes(sim, track.audioUrl);
    expect(full.res.status).toBe(200);
    expect(full.res.headers.get("accept-ranges")).toBe("bytes");
    expect(Number(full.res.headers.get("content-length"))).toBe(full.bytes.length);
    expect(parseWav(full.bytes).riffSize).toBe(full.bytes.length - 8);

    const part = await fetchBytes(sim, track.audioUrl, { range: "bytes=100-1099" });
    expect(part.res.status).toBe(206);
    expect(part.res.headers.get("content-range")).toBe(`bytes 100-1099/${full.bytes.length}`);
    expect(part.res.headers.get("content-length")).toBe("1000");
    expect(part.bytes.equals(full.bytes.subarray(100, 1100))).toBe(true);

    const tail = await fetchBytes(sim, track.audioUrl, { range: "bytes=-10" });
    expect(tail.bytes.equals(full.bytes.subarray(full.bytes.length - 10))).toBe(true);
    const open = await fetchBytes(sim, track.audioUrl, { range: `bytes=${full.bytes.length - 5}-` });
    expect(open.bytes.length).toBe(5);

    const bad = await fetchBytes(sim, track.audioUrl, { range: `bytes=${full.bytes.length}-` });
    expect(bad.res.status).toBe(416);
    expect(bad.res.headers.get("content-range")).toBe(`bytes */${full.bytes.length}`);

    const head = await sim.handle(new Request(track.audioUrl, { method: "HEAD" }));
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe(String(full.bytes.length));
    expect((await head.arrayBuffer()).byteLength).toBe(0);

    const stream = await fetchBytes(sim, track.streamAudioUrl);
    expect(stream.bytes.equals(full.bytes)).toBe(true);
    sim.close();
  });

  it("404s unknown media and cuts the body short under the truncate fault", async () => {
    const { sim } = makeSim();
    expect((await fetchBytes(sim, `${BASE}/media/${"a".repeat(32)}-img0.png`)).res.status).toBe(404);
    expect((await fetchBytes(sim, `${BASE}/media/../../etc/passwd`)).res.status).toBe(404);
    const track = await finishedSong(sim);
    const res = await sim.handle(new Request(track.audioUrl, { headers: { "x-sim-fault": "truncate" } }));
    expect(Number(res.headers.get("content-length"))).toBeGreaterThan(1000);
    await expect(res.arrayBuffer()).rejects.toThrow();
    sim.close();
  });
});
