import { describe, expect, it } from "vitest";
import { createSimulator } from "@/lib/kie/simulator";
import { parseFault } from "@/lib/kie/simulator/faults";
import { call, makeSim, pollUntil } from "./helpers";

const sim = () => createSimulator({ basePath: "", publicBaseUrl: "http://sim.test", timeScale: 0.01 });

describe("delay and expired faults", () => {
  it("parses delay=<ms> with a cap and expired", () => {
    expect(parseFault("delay=250")).toEqual({ kind: "delay", ms: 250 });
    expect(parseFault("delay:999999")).toEqual({ kind: "delay", ms: 120_000 });
    expect(parseFault("expired")).toEqual({ kind: "expired" });
    expect(parseFault("delay=")).toBeNull();
  });

  it("delays an answer, then answers normally", async () => {
    const s = sim();
    const started = Date.now();
    const res = await s.handle(
      new Request("http://sim.test/api/v1/chat/credit", {
        headers: { authorization: "Bearer k", "x-sim-fault": "delay=150" },
      }),
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect((await res.json()).code).toBe(200);
    s.close();
  });

  it("answers a media read like an expired signed link", async () => {
    const s = sim();
    const res = await s.handle(
      new Request("http://sim.test/media/anything.png", { headers: { "x-sim-fault": "expired" } }),
    );
    expect(res.status).toBe(403);
    expect(await res.text()).toContain("Request has expired");
    s.close();
  });
});

describe("[sim:out-of-order]", () => {
  it("delivers a Suno task's final callback before its progress callbacks", async () => {
    const { sim, captured } = makeSim();
    const { json } = await call(sim, "POST", "/api/v1/generate", {
      customMode: false,
      instrumental: false,
      model: "V5",
      prompt: "late news [sim:out-of-order]",
      callBackUrl: "https://studio.test/cb",
    });
    expect(json.code).toBe(200);
    await pollUntil(
      async () => captured.length,
      (n) => n >= 3,
    );
    const stages = captured.map((c) => (c.body.data as { callbackType: string }).callbackType);
    expect(stages).toEqual(["complete", "text", "first"]);
    sim.close();
  });
});
