import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { AUTH, BASE, call, fetchBytes, makeSim, pollUntil } from "./helpers";

const NANO = { model: "google/nano-banana", input: { prompt: "a small test" } };
const SUNO = {
  customMode: false,
  instrumental: true,
  model: "V4_5",
  prompt: "calm ambient pads",
  callBackUrl: "https://app.test/cb",
};

describe("simulator: credits and download links", () => {
  it("charges each task when it succeeds (Suno 12, 4o 6 per variant, nano-banana 4)", async () => {
    const { sim } = makeSim();
    expect((await call(sim, "GET", "/api/v1/chat/credit")).json).toEqual({
      code: 200,
      msg: "success",
      data: 5000.5,
    });
    await call(sim, "POST", "/api/v1/generate", SUNO);
    await call(sim, "POST", "/api/v1/gpt4o-image/generate", { prompt: "two", size: "1:1", nVariants: 2 });
    await call(sim, "POST", "/api/v1/jobs/createTask", NANO);
    const final = await pollUntil(
      async () => (await call(sim, "GET", "/api/v1/chat/credit")).json.data as number,
      (balance) => balance === 5000.5 - 12 - 12 - 4,
    );
    expect(final).toBe(4972.5);
    expect(sim.stats().credits).toBe(4972.5);
    sim.close();
  });

  it("refuses creates it cannot pay for with 402", async () => {
    const { sim } = makeSim();
    const set = await sim.handle(
      new Request(`${BASE}/__sim/credits`, { method: "POST", body: JSON.stringify({ balance: 3 }) }),
    );
    expect(await set.json()).toEqual({ balance: 3 });
    const res = await call(sim, "POST", "/api/v1/jobs/createTask", NANO);
    expect(res.json.code).toBe(402);
  });

  it("issues download URLs for its own media and rejects others with 'url is wrong'", async () => {
    const { sim } = makeSim();
    const { taskId } = (await call(sim, "POST", "/api/v1/jobs/createTask", NANO)).json.data as {
      taskId: string;
    };
    const record = await pollUntil(
      async () =>
        (await call(sim, "GET", `/api/v1/jobs/recordInfo?taskId=${taskId}`)).json.data as { state: string },
      (r) => r.state === "success",
    );
    const url = (record as unknown as { response: { resultUrls: string[] } }).response.resultUrls[0];
    const ok = await call(sim, "POST", "/api/v1/common/download-url", { url });
    expect(ok.json.code).toBe(200);
    expect(String(ok.json.data)).toMatch(/^http:\/\/sim\.test\/media\/.+\?expires=\d+/);
    const [a, b] = await Promise.all([fetchBytes(sim, url), fetchBytes(sim, String(ok.json.data))]);
    expect(b.bytes.equals(a.bytes)).toBe(true);

    const foreign = await call(sim, "POST", "/api/v1/common/download-url", {
      url: "https://cdn.kie.ai/x.png",
    });
    expect(foreign.json).toEqual({ code: 422, msg: "url is wrong", data: null });
    sim.close();
  });
});

describe("simulator: auth, rate limit and faults", () => {
  it("requires a Bearer token (and the configured key when set), answering 401 in the body", async () => {
    const open = makeSim().sim;
    const missing = await call(open, "GET", "/api/v1/chat/credit", undefined, {});
    expect(missing).toEqual({
      status: 200,
      json: { code: 401, msg: "You do not have access permissions", data: null },
    });
    const keyed = makeSim({ apiKey: "right-key" }).sim;
    expect((await call(keyed, "GET", "/api/v1/chat/credit")).json.code).toBe(401);
    const good = await call(keyed, "GET", "/api/v1/chat/credit", undefined, {
      authorization: "Bearer right-key",
    });
    expect(good.json.code).toBe(200);
  });

  it("answers the 21st create inside the window with 429 and does not queue it", async () => {
    const { sim } = makeSim();
    const codes: number[] = [];
    for (let i = 0; i < 21; i++)
      codes.push((await call(sim, "POST", "/api/v1/jobs/createTask", NANO)).json.code);
    expect(codes.slice(0, 20)).toEqual(Array(20).fill(200));
    expect(codes[20]).toBe(429);
    expect(sim.stats()).toMatchObject({ createsTotal: 20, throttled: 1 });
    // Polling is not a create and is not limited.
    expect((await call(sim, "GET", "/api/v1/chat/credit")).json.code).toBe(200);
    sim.close();
  });

  it("injects body-code faults from X-Sim-Fault without creating anything", async () => {
    const { sim } = makeSim();
    const res = await call(sim, "POST", "/api/v1/generate", SUNO, { ...AUTH, "x-sim-fault": "402" });
    expect(res.status).toBe(200);
    expect(res.json.code).toBe(402);
    expect(res.json.data).toBeNull();
    const http500 = await call(sim, "GET", "/api/v1/chat/credit", undefined, {
      ...AUTH,
      "x-sim-fault": "500",
    });
    expect(http500).toMatchObject({ status: 500, json: { code: 500 } });
    const body500 = await call(sim, "GET", "/api/v1/chat/credit", undefined, {
      ...AUTH,
      "x-sim-fault": "500@200",
    });
    expect(body500).toMatchObject({ status: 200, json: { code: 500 } });
    expect(sim.stats().createsTotal).toBe(0);
  });

  it("drop creates the task but answers 502 with an empty body", async () => {
    const { sim } = makeSim();
    const res = await sim.handle(
      new Request(`${BASE}/api/v1/jobs/createTask`, {
        method: "POST",
        headers: { ...AUTH, "x-sim-fault": "drop" },
        body: JSON.stringify(NANO),
      }),
    );
    expect(res.status).toBe(502);
    expect(await res.text()).toBe("");
    expect(sim.stats().createsTotal).toBe(1);
    sim.close();
  });

  it("hang holds the request until the client aborts", async () => {
    const { sim } = makeSim();
    const controller = new AbortController();
    let settled = false;
    const pending = sim
      .handle(
        new Request(`${BASE}/api/v1/chat/credit`, {
          headers: { ...AUTH, "x-sim-fault": "hang" },
          signal: controller.signal,
        }),
      )
      .finally(() => {
        settled = true;
      });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).toBe(false);
    controller.abort();
    await pending;
    expect(settled).toBe(true);
  });

  it("queues faults for the next N matching requests via /__sim/faults", async () => {
    const { sim } = makeSim();
    const queued = await sim.handle(
      new Request(`${BASE}/__sim/faults`, {
        method: "POST",
        body: JSON.stringify({ path: "/api/v1/chat/credit", code: 455, times: 2 }),
      }),
    );
    expect(queued.status).toBe(200);
    const codes = [];
    for (let i = 0; i < 3; i++) codes.push((await call(sim, "GET", "/api/v1/chat/credit")).json.code);
    expect(codes).toEqual([455, 455, 200]);
  });

  it("exposes stats over HTTP and resets", async () => {
    const { sim } = makeSim();
    await call(sim, "GET", "/api/v1/chat/credit");
    await call(sim, "POST", "/api/v1/jobs/createTask", NANO);
    const stats = (await (await sim.handle(new Request(`${BASE}/__sim/stats`))).json()) as {
      requests: Record<string, number>;
      createsTotal: number;
    };
    expect(stats.requests).toEqual({ "GET /api/v1/chat/credit": 1, "POST /api/v1/jobs/createTask": 1 });
    expect(stats.createsTotal).toBe(1);
    await sim.handle(new Request(`${BASE}/__sim/reset`, { method: "POST" }));
    expect(sim.stats()).toMatchObject({
      requests: {},
      createsTotal: 0,
      credits: 5000.5,
      tasks: { total: 0 },
    });
  });
});

describe("simulator: callbacks", () => {
  it("signs every callback with Kie's HMAC headers when a key is set", async () => {
    const key = "webhook-secret-key";
    const { sim, captured } = makeSim({ hmacKey: key });
    const { taskId } = (await call(sim, "POST", "/api/v1/generate", SUNO)).json.data as { taskId: string };
    await pollUntil(
      async () => captured.length,
      (n) => n >= 3,
    );
    for (const callback of captured) {
      const timestamp = callback.headers.get("x-webhook-timestamp") ?? "";
      expect(timestamp).toMatch(/^\d{10}$/);
      expect(Math.abs(Number(timestamp) - Date.now() / 1000)).toBeLessThan(5);
      const expected = createHmac("sha256", key).update(`${taskId}.${timestamp}`).digest("base64");
      expect(callback.headers.get("x-webhook-signature")).toBe(expected);
      expect(callback.url).toBe(SUNO.callBackUrl);
    }
    expect(sim.stats().callbacksByTask[taskId]).toEqual(["text", "first", "complete"]);
    sim.close();
  });

  it("sends no signature headers without a key and retries failed deliveries", async () => {
    let attempts = 0;
    const { sim } = makeSim({
      fetchImpl: async (_url, init) => {
        attempts += 1;
        expect(new Headers(init?.headers).has("x-webhook-signature")).toBe(false);
        return new Response("nope", { status: attempts === 1 ? 500 : 200 });
      },
    });
    await call(sim, "POST", "/api/v1/jobs/createTask", { ...NANO, callBackUrl: "https://app.test/cb" });
    await pollUntil(
      async () => attempts,
      (n) => n >= 2,
    );
    expect(sim.stats()).toMatchObject({ callbacksSent: 1, callbackFailures: 1 });
    sim.close();
  });
});
