import { describe, expect, it } from "vitest";
import { parseFault } from "@/lib/kie/simulator/faults";
import { AUTH, BASE, fetchBytes, finishedImage, makeSim } from "./helpers";

describe("trickle and garbage faults", () => {
  it("parses trickle=<ms> with a cap, and garbage", () => {
    expect(parseFault("trickle=800")).toEqual({ kind: "trickle", ms: 800 });
    expect(parseFault("trickle:999999")).toEqual({ kind: "trickle", ms: 120_000 });
    expect(parseFault("garbage")).toEqual({ kind: "garbage" });
    expect(parseFault("trickle=")).toBeNull();
  });

  it("sends a media body in chunks spread over the time asked, counted as held meanwhile", async () => {
    const { sim } = makeSim();
    const url = (await finishedImage(sim, "a slow river")).url;
    const whole = await fetchBytes(sim, url);
    const started = Date.now();
    const res = await sim.handle(new Request(url, { headers: { "x-sim-fault": "trickle=300" } }));
    expect(res.headers.get("content-length")).toBe(String(whole.bytes.length));
    expect(sim.stats().held.trickle).toBe(1);
    const chunks: Uint8Array[] = [];
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
    expect(chunks).toHaveLength(20);
    expect(Buffer.concat(chunks).equals(whole.bytes)).toBe(true);
    expect(sim.stats().held.trickle).toBe(0);
    sim.close();
  });

  it("stops trickling, and stops counting, when the client goes away", async () => {
    const { sim } = makeSim();
    const url = (await finishedImage(sim, "a slow river")).url;
    const client = new AbortController();
    const res = await sim.handle(
      new Request(url, { headers: { "x-sim-fault": "trickle=60000" }, signal: client.signal }),
    );
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    expect((await reader.read()).value?.length).toBeGreaterThan(0);
    expect(sim.stats().held.trickle).toBe(1);
    client.abort();
    expect(sim.stats().held.trickle).toBe(0);
    await reader.cancel();
    sim.close();
  });

  it("answers garbage with HTTP 200 after doing the work: a create still creates", async () => {
    const { sim } = makeSim();
    const res = await sim.handle(
      new Request(`${BASE}/api/v1/jobs/createTask`, {
        method: "POST",
        headers: { ...AUTH, "content-type": "application/json", "x-sim-fault": "garbage" },
        body: JSON.stringify({ model: "google/nano-banana", input: { prompt: "lost receipt" } }),
      }),
    );
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(() => JSON.parse(text)).toThrow();
    expect(sim.stats().createsTotal).toBe(1);
    sim.close();
  });
});
