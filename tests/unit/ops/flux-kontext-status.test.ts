import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { statusFamilies } from "@/lib/ops/status";
import { normalizeFluxKontext } from "@/lib/ops/status/flux-kontext";
import { fixture } from "../../support/fixtures";

const fluxFixtures = fs
  .readdirSync(path.resolve("tests/fixtures/kie"))
  .filter((name) => /^flux-.*\.json$/.test(name))
  .sort();

describe("Flux Kontext family", () => {
  it("is registered with its poll path", () => {
    expect(statusFamilies["flux-kontext"]?.pollPath).toBe("/api/v1/flux/kontext/record-info");
  });

  it("has every flux fixture covered below", () => {
    expect(fluxFixtures).toEqual([
      "flux-callback-fail-400.json",
      "flux-callback-fail-500.json",
      "flux-callback-fail-501.json",
      "flux-callback-success.json",
      "flux-record-info-success-docs.json",
    ]);
  });

  it("reads record-info success (response.resultImageUrl)", () => {
    const s = normalizeFluxKontext(fixture("flux-record-info-success-docs.json"));
    expect(s).toMatchObject({ state: "succeeded", upstream: "1", progress: 1 });
    expect(s.outputs).toEqual([{ key: "image-0", kind: "image", url: "https://example.com/result.jpg" }]);
  });

  it("reads the success callback (camel info.resultImageUrl)", () => {
    const s = normalizeFluxKontext(fixture("flux-callback-success.json"));
    expect(s.state).toBe("succeeded");
    expect(s.outputs.map((o) => o.url)).toEqual(["https://example.com/result.jpg"]);
  });

  it.each([
    ["flux-callback-fail-400.json", "kie_400", /flagged/],
    ["flux-callback-fail-500.json", "kie_500", /Internal Error/],
    ["flux-callback-fail-501.json", "kie_501", /generation task failed/],
  ])("fails on %s with Kie's code and message", (name, code, message) => {
    const s = normalizeFluxKontext(fixture(name));
    expect(s.state).toBe("failed");
    expect(s.outputs).toEqual([]);
    expect(s.error?.code).toBe(code);
    expect(s.error?.message).toMatch(message);
    expect(s.error?.retryable).toBe(false);
  });

  it("maps successFlag 0 to running and 2/3 to failures", () => {
    const base = { taskId: "t", paramJson: "{}", response: null, errorCode: null, errorMessage: null };
    expect(normalizeFluxKontext({ code: 200, msg: "success", data: { ...base, successFlag: 0 } }).state).toBe(
      "running",
    );
    const create = normalizeFluxKontext({
      code: 200,
      data: { ...base, successFlag: 2, errorCode: 400, errorMessage: "Prompt flagged" },
    });
    expect(create).toMatchObject({ state: "failed", upstream: "CREATE_TASK_FAILED" });
    expect(create.error).toMatchObject({ code: "kie_400", message: "Prompt flagged" });
    const gen = normalizeFluxKontext({ code: 200, data: { ...base, successFlag: "3" } });
    expect(gen).toMatchObject({ state: "failed", upstream: "GENERATE_FAILED" });
    expect(gen.error?.code).toBe("kie_501");
  });

  it("treats 422 'record does not exist' as not known yet", () => {
    const s = normalizeFluxKontext({ code: 422, msg: "The record does not exist", data: null });
    expect(s).toMatchObject({ state: "queued", upstream: "NOT_FOUND" });
  });

  it("ends other error envelopes as failures", () => {
    expect(normalizeFluxKontext({ code: 401, msg: "Unauthorized", data: null }).error?.code).toBe("kie_401");
  });

  it("keeps unknown flags running with a note", () => {
    const s = normalizeFluxKontext({ code: 200, data: { taskId: "t", successFlag: 7 } });
    expect(s.state).toBe("running");
    expect(s.note).toContain("7");
  });

  it("falls back to originImageUrl and never throws on garbage", () => {
    const s = normalizeFluxKontext({
      code: 200,
      data: { successFlag: 1, response: { originImageUrl: "https://x.test/o.png", resultImageUrl: "" } },
    });
    expect(s.outputs[0]?.url).toBe("https://x.test/o.png");
    for (const raw of [undefined, null, 42, "x", [], { code: 200 }, { code: 200, data: {} }]) {
      expect(normalizeFluxKontext(raw).state).toBe("failed");
    }
    expect(normalizeFluxKontext({ code: 200, data: { successFlag: 1, response: {} } }).error?.code).toBe(
      "malformed",
    );
    expect(
      normalizeFluxKontext({ code: 200, data: { taskId: "t", info: { resultImageUrl: "" } } }).error?.code,
    ).toBe("malformed");
  });
});
