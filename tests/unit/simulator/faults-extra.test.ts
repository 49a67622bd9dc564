import { describe, expect, it } from "vitest";
import { parseFault } from "@/lib/kie/simulator/faults";
import { createSimulator } from "@/lib/kie/simulator";

const sim = () =>
  createSimulator({ basePath: "", publicBaseUrl: "http://sim.test", timeScale: 0.01 });

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
