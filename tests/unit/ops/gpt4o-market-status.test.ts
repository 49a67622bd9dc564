import { describe, expect, it } from "vitest";
import { normalizeGpt4oImage } from "@/lib/ops/status/gpt4o-image";
import { normalizeMarket } from "@/lib/ops/status/market";
import { fixture } from "../../support/fixtures";

describe("4o image family", () => {
  it("reads record-info success (camel resultUrls)", () => {
    const s = normalizeGpt4oImage(fixture("gpt4o-record-info-success-docs.json"));
    expect(s).toMatchObject({ state: "succeeded", upstream: "SUCCESS" });
    expect(s.outputs.map((o) => o.url)).toEqual(["https://example.com/result/image1.png"]);
  });
  it("reads the generating record with its string progress", () => {
    const s = normalizeGpt4oImage(fixture("gpt4o-record-info-generating-quickstart.json"));
    expect(s.state).toBe("running");
    expect(s.progress).toBe(0.5);
  });
  it("fails successFlag 2 with Kie's message", () => {
    const s = normalizeGpt4oImage(fixture("gpt4o-record-info-failed-quickstart.json"));
    expect(s.state).toBe("failed");
    expect(s.error).toMatchObject({ code: "kie_400" });
  });
  it("reads callbacks (snake result_urls) and their failures", () => {
    expect(normalizeGpt4oImage(fixture("gpt4o-callback-success.json")).outputs).toHaveLength(1);
    const fail = normalizeGpt4oImage(fixture("gpt4o-callback-fail.json"));
    expect(fail.state).toBe("failed");
    expect(fail.error?.message).toContain("flagged");
  });
  it("treats 422 'record does not exist' as not known yet", () => {
    expect(normalizeGpt4oImage({ code: 422, msg: "The record does not exist", data: null }).state).toBe(
      "queued",
    );
  });
  it("does not throw on garbage", () => {
    expect(normalizeGpt4oImage(undefined).state).toBe("failed");
    expect(normalizeGpt4oImage({ code: 200, data: { successFlag: 1, response: {} } }).error?.code).toBe(
      "malformed",
    );
  });
});

describe("Market family", () => {
  it("reads the docs success record (resultJson string)", () => {
    const s = normalizeMarket(fixture("market-recordInfo-success-docs.json"));
    expect(s.state).toBe("succeeded");
    expect(s.outputs).toEqual([
      { key: "image-0", kind: "image", url: "https://example.com/generated-content.jpg" },
    ]);
  });
  it("reads the docs failure ('message' instead of 'msg', string failCode)", () => {
    const s = normalizeMarket(fixture("market-recordInfo-fail-docs.json"));
    expect(s.state).toBe("failed");
    expect(s.error).toMatchObject({
      code: "kie_422",
      message: "Invalid prompt: prompt contains prohibited content",
    });
  });
  it("reads callbacks with consumeCredits", () => {
    const ok = normalizeMarket(fixture("market-callback-success.json"));
    expect(ok.state).toBe("succeeded");
    expect(ok.credits).toBeTypeOf("number");
    const fail = normalizeMarket(fixture("market-callback-fail.json"));
    expect(fail).toMatchObject({ state: "failed", credits: 0 });
    expect(fail.error?.message).toBe("Internal server error");
  });
  it("reads the late-2026 live shape: empty resultJson, object response, successFlag", () => {
    const live = {
      code: 200,
      msg: "success",
      data: {
        taskId: "a".repeat(32),
        model: "google/nano-banana",
        state: "success",
        param: JSON.stringify({ model: "google/nano-banana", input: JSON.stringify({ prompt: "x" }) }),
        resultJson: "",
        creditsConsumed: 4,
        successFlag: 1,
        response: { resultUrls: ["https://tempfile.aiquickdraw.com/x.png"] },
      },
    };
    const s = normalizeMarket(live);
    expect(s.state).toBe("succeeded");
    expect(s.outputs[0].url).toBe("https://tempfile.aiquickdraw.com/x.png");
    expect(s.credits).toBe(4);
  });
  it("maps waiting/queuing to queued and generating to running", () => {
    expect(normalizeMarket({ code: 200, data: { state: "waiting", resultJson: "" } }).state).toBe("queued");
    expect(normalizeMarket({ code: 200, data: { state: "queuing" } }).state).toBe("queued");
    expect(normalizeMarket({ code: 200, data: { state: "generating", progress: 40 } })).toMatchObject({
      state: "running",
      progress: 0.4,
    });
  });
  it("ends a success without results as malformed", () => {
    expect(normalizeMarket({ code: 200, data: { state: "success", resultJson: "{}" } }).error?.code).toBe(
      "malformed",
    );
  });
});
