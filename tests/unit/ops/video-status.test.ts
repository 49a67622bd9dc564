import { describe, expect, it } from "vitest";
import { statusFamilies } from "@/lib/ops/status";
import {
  normalizeAleph,
  normalizeRunway,
  normalizeVeo,
  normalizeVeo4k,
  normalizeVeo1080p,
} from "@/lib/ops/status/video";
import type { TaskStatus } from "@/lib/ops/types";
import { fixture, fixtureNames } from "../../support/fixtures";

const VIDEO_FIXTURES = fixtureNames(/^(veo|runway|aleph)-/);

/** Which family reads each fixture, and what it must make of it. */
const EXPECTED: Record<string, { family: (raw: unknown) => TaskStatus; check: (s: TaskStatus) => void }> = {
  "veo-1080p-response-docs.json": {
    family: normalizeVeo1080p,
    check: (s) => {
      expect(s.state).toBe("succeeded");
      expect(s.outputs).toEqual([
        expect.objectContaining({
          key: "video-1080p-0",
          kind: "video",
          url: "https://tempfile.aiquickdraw.com/p/42f4f8facbb040c0ade87c27cb2d5e58_1749711595.mp4",
        }),
      ]);
    },
  },
  "veo-4k-callback-fail.json": {
    family: normalizeVeo4k,
    check: (s) => {
      expect(s.state).toBe("failed");
      expect(s.error).toMatchObject({ code: "kie_500", retryable: true });
      expect(s.error?.message).toContain("4K version of this video is unavailable");
    },
  },
  "veo-4k-callback-success.json": {
    family: normalizeVeo4k,
    check: (s) => {
      expect(s.state).toBe("succeeded");
      expect(s.outputs).toEqual([
        expect.objectContaining({
          key: "video-4k-0",
          url: "https://file.aiquickdraw.com/v/example_task_1234567890.mp4",
          posterUrl: "https://file.aiquickdraw.com/v/example_task_1234567890.jpg",
        }),
      ]);
    },
  },
  "veo-4k-error-already-generated-422.json": {
    family: normalizeVeo4k,
    check: (s) => {
      expect(s.state).toBe("succeeded");
      expect(s.outputs[0].url).toBe("https://tempfile.aiquickdraw.com/v/example_task_1234567890.mp4");
    },
  },
  "veo-4k-error-processing-422.json": {
    family: normalizeVeo4k,
    check: (s) => {
      expect(s.state).toBe("running");
      expect(s.note).toContain("4k is processing");
    },
  },
  "veo-4k-response-docs.json": {
    family: normalizeVeo4k,
    check: (s) => {
      expect(s).toMatchObject({ state: "running", upstream: "requested", outputs: [] });
    },
  },
  "veo-callback-fail-400.json": {
    family: normalizeVeo,
    check: (s) => {
      expect(s.state).toBe("failed");
      expect(s.error).toMatchObject({ code: "kie_400", retryable: false });
      expect(s.error?.message).toBe("Your prompt was flagged by Website as violating content policies.");
    },
  },
  "veo-callback-fallback-failed-422.json": {
    family: normalizeVeo,
    check: (s) => {
      expect(s.state).toBe("failed");
      expect(s.error?.code).toBe("kie_422");
      expect(s.error?.message).toContain("fallback channels");
    },
  },
  "veo-callback-fallback-success.json": {
    family: normalizeVeo,
    check: (s) => {
      expect(s.state).toBe("succeeded");
      expect(s.outputs.map((o) => o.url)).toEqual(["http://example.com/video1.mp4"]);
      expect(s.note).toMatch(/fallback/);
    },
  },
  "veo-callback-success.json": {
    family: normalizeVeo,
    check: (s) => {
      expect(s.state).toBe("succeeded");
      expect(s.outputs).toEqual([
        { key: "video-0", kind: "video", url: "http://example.com/video1.mp4", mime: "video/mp4" },
      ]);
      expect(s.note).toBeUndefined();
    },
  },
  "veo-generate-response-docs.json": {
    // A create answer is not a status: no successFlag, no info → a clear malformed failure.
    family: normalizeVeo,
    check: (s) => {
      expect(s.state).toBe("failed");
      expect(s.error?.code).toBe("malformed");
    },
  },
  "veo-record-info-success-docs.json": {
    family: normalizeVeo,
    check: (s) => {
      expect(s).toMatchObject({ state: "succeeded", upstream: "1" });
      expect(s.outputs.map((o) => [o.key, o.url])).toEqual([
        ["video-0", "http://example.com/video1.mp4"],
        ["full-0", "http://example.com/full_result.mp4"],
      ]);
    },
  },
  "runway-callback-fail.json": {
    family: normalizeRunway,
    check: (s) => {
      expect(s.state).toBe("failed");
      expect(s.error).toMatchObject({
        code: "kie_400",
        message: "Inappropriate content detected. Please replace the image or video.",
      });
    },
  },
  "runway-callback-success.json": {
    family: normalizeRunway,
    check: (s) => {
      expect(s.state).toBe("succeeded");
      expect(s.outputs).toEqual([
        expect.objectContaining({
          url: "https://file.com/k/xxxxxxx.mp4",
          posterUrl: "https://file.com/m/xxxxxxxx.png",
          providerId: "485da89c-7fca-4340-8c04-101025b2ae71",
        }),
      ]);
    },
  },
  "runway-extend-callback-fail.json": {
    family: normalizeRunway,
    check: (s) => {
      expect(s.state).toBe("failed");
      expect(s.error?.message).toBe("Get image info failed.");
    },
  },
  "runway-record-detail-success-quickstart.json": {
    family: normalizeRunway,
    check: (s) => {
      expect(s).toMatchObject({ state: "succeeded", upstream: "success" });
      expect(s.outputs[0]).toMatchObject({
        kind: "video",
        url: "https://file.com/k/xxxxxxx.mp4",
        posterUrl: "https://file.com/m/xxxxxxxx.png",
      });
    },
  },
  "aleph-callback-fail.json": {
    family: normalizeAleph,
    check: (s) => {
      expect(s.state).toBe("failed");
      expect(s.error?.message).toContain("caught by our AI moderator");
    },
  },
  "aleph-callback-success.json": {
    family: normalizeAleph,
    check: (s) => {
      expect(s.state).toBe("succeeded");
      expect(s.outputs[0]).toMatchObject({
        url: "https://file.com/k/xxxxxxx.mp4",
        posterUrl: "https://file.com/m/xxxxxxxx.png",
      });
    },
  },
  "aleph-record-info-success-docs.json": {
    family: normalizeAleph,
    check: (s) => {
      expect(s).toMatchObject({ state: "succeeded", upstream: "1" });
      expect(s.outputs.map((o) => o.url)).toEqual(["https://file.com/k/xxxxxxx.mp4"]);
    },
  },
};

describe("video status families: every doc fixture", () => {
  it("covers every veo/runway/aleph fixture", () => {
    expect(VIDEO_FIXTURES.length).toBeGreaterThan(0);
    expect(Object.keys(EXPECTED).sort()).toEqual(VIDEO_FIXTURES);
  });

  it.each(VIDEO_FIXTURES)("%s", (name) => {
    const { family, check } = EXPECTED[name];
    check(family(fixture(name)));
  });
});

describe("Veo family", () => {
  it("maps successFlag 0 → running, 2 and 3 → failed with Kie's message", () => {
    const rec = (successFlag: unknown, extra: object = {}) => ({
      code: 200,
      msg: "success",
      data: { taskId: "t", successFlag, response: null, ...extra },
    });
    expect(normalizeVeo(rec(0)).state).toBe("running");
    const two = normalizeVeo(rec(2, { errorCode: 400, errorMessage: "Prompt flagged" }));
    expect(two).toMatchObject({ state: "failed", error: { code: "kie_400", message: "Prompt flagged" } });
    const three = normalizeVeo(rec(3, { errorCode: 501, errorMessage: "" }));
    expect(three.state).toBe("failed");
    expect(three.error?.message).toBe("Veo could not make this video");
    expect(normalizeVeo(rec(7))).toMatchObject({ state: "running", note: expect.stringContaining("7") });
  });

  it("tolerates a stringified resultUrls array and epoch-ms times", () => {
    const s = normalizeVeo({
      code: 200,
      data: {
        successFlag: "1",
        createTime: 1787093500000,
        response: { resultUrls: '["https://x/v.mp4"]', fullResultUrls: ["https://x/v.mp4"] },
      },
    });
    expect(s.outputs.map((o) => o.key)).toEqual(["video-0"]);
  });

  it("reads unknown ids (200 + null data, 422 does not exist) as not-known-yet", () => {
    expect(normalizeVeo({ code: 200, msg: "success", data: null }).upstream).toBe("NOT_FOUND");
    expect(normalizeVeo({ code: 422, msg: "The record does not exist", data: null }).upstream).toBe(
      "NOT_FOUND",
    );
  });

  it("never throws on garbage", () => {
    for (const raw of [
      undefined,
      null,
      3,
      "x",
      [],
      { code: 200, data: 5 },
      { code: 200, data: { successFlag: 1 } },
    ]) {
      const s = normalizeVeo(raw);
      expect(s.state).toBe("failed");
      expect(s.error?.code).toBe("malformed");
    }
  });
});

describe("Veo 1080p", () => {
  it("reads the 400 'processing' answer as running, other codes as final", () => {
    const processing = normalizeVeo1080p({
      code: 400,
      msg: "1080P is processing. It should be ready in 1-2 minutes. Please check back shortly.",
      data: null,
    });
    expect(processing).toMatchObject({ state: "running", upstream: "processing" });
    expect(processing.note).toContain("1080P is processing");
    expect(normalizeVeo1080p({ code: 500, msg: "boom", data: null }).state).toBe("failed");
    expect(normalizeVeo1080p({ code: 200, msg: "success", data: {} }).error?.code).toBe("malformed");
  });
});

describe("Veo 4K", () => {
  it("accepts the snake-case callback variant (task_id, result_urls, image_urls, media_ids)", () => {
    const s = normalizeVeo4k({
      code: 200,
      msg: "success",
      data: {
        task_id: "t",
        result_urls: ["https://x/4k.mp4"],
        image_urls: ["https://x/4k.jpg"],
        media_ids: ["m"],
      },
    });
    expect(s.state).toBe("succeeded");
    expect(s.outputs[0]).toMatchObject({
      key: "video-4k-0",
      url: "https://x/4k.mp4",
      posterUrl: "https://x/4k.jpg",
    });
  });

  it("reads the record-info shape with its own output keys", () => {
    const s = normalizeVeo4k(fixture("veo-record-info-success-docs.json"));
    expect(s.state).toBe("succeeded");
    expect(s.outputs[0].key).toBe("video-4k-0");
  });

  it("keeps waiting on a 422 'already generated' that lost its URLs", () => {
    expect(
      normalizeVeo4k({ code: 422, msg: "The video has been generated successfully", data: null }).state,
    ).toBe("running");
  });
});

describe("Runway family", () => {
  const detail = (state: string, extra: object = {}) => ({
    code: 200,
    msg: "success",
    data: { taskId: "t", state, ...extra },
  });

  it("uses Runway's own state names (wait, queueing, generating, success, fail)", () => {
    expect(normalizeRunway(detail("wait")).state).toBe("queued");
    expect(normalizeRunway(detail("queueing")).state).toBe("queued");
    expect(normalizeRunway(detail("generating")).state).toBe("running");
    const fail = normalizeRunway(detail("fail", { failCode: 400, failMsg: "HD trial exhausted" }));
    expect(fail).toMatchObject({
      state: "failed",
      error: { code: "kie_400", message: "HD trial exhausted" },
    });
    expect(normalizeRunway(detail("mystery"))).toMatchObject({
      state: "running",
      note: expect.stringContaining("mystery"),
    });
  });

  it("fails an expired record and a success without a video", () => {
    const expired = normalizeRunway(
      detail("success", { expireFlag: 1, videoInfo: { videoUrl: "https://x/v.mp4" } }),
    );
    expect(expired.error?.code).toBe("expired");
    expect(normalizeRunway(detail("success")).error?.code).toBe("malformed");
  });
});

describe("Aleph family", () => {
  it("reads the live pending and failed records (epoch ms, successFlag 3)", () => {
    const pending = normalizeAleph({
      code: 200,
      msg: "success",
      data: {
        taskId: "a",
        response: null,
        completeTime: null,
        createTime: 1787093500000,
        successFlag: 0,
        errorCode: null,
        errorMessage: null,
      },
    });
    expect(pending.state).toBe("running");
    const failed = normalizeAleph({
      code: 200,
      msg: "success",
      data: {
        taskId: "a",
        response: null,
        successFlag: 3,
        errorCode: 500,
        errorMessage: "internal error, please try again later.",
      },
    });
    expect(failed).toMatchObject({
      state: "failed",
      error: { code: "kie_500", message: "internal error, please try again later.", retryable: true },
    });
  });

  it("accepts the Runway-style callback variant", () => {
    const s = normalizeAleph({
      code: 200,
      msg: "success",
      data: { task_id: "a", video_url: "https://x/a.mp4", image_url: "" },
    });
    expect(s.outputs[0]).toMatchObject({ url: "https://x/a.mp4" });
    expect(s.outputs[0].posterUrl).toBeUndefined();
  });

  it("unknown id (200, data null) is not known yet", () => {
    expect(normalizeAleph({ code: 200, msg: "success", data: null }).upstream).toBe("NOT_FOUND");
  });

  it("the callback's top-level taskId names the task", async () => {
    const { callbackTaskId } = await import("@/lib/ops/status");
    expect(callbackTaskId(fixture("aleph-callback-success.json"))).toBe(
      "ee603959-debb-48d1-98c4-a6d1c717eba6",
    );
    expect(callbackTaskId(fixture("aleph-callback-fail.json"))).toBe("ee603959-debb-48d1-98c4-a6d1c717eba6");
    expect(callbackTaskId(fixture("runway-callback-success.json"))).toBe(
      "ee603959-debb-48d1-98c4-a6d1c717eba6",
    );
  });
});

describe("video families are registered", () => {
  it.each([
    ["veo", "/api/v1/veo/record-info"],
    ["veo-1080p", "/api/v1/veo/get-1080p-video"],
    ["veo-4k", "/api/v1/veo/record-info"],
    ["runway", "/api/v1/runway/record-detail"],
    ["aleph", "/api/v1/aleph/record-info"],
  ] as const)("%s polls %s", (id, pollPath) => {
    expect(statusFamilies[id]).toMatchObject({ id, pollPath });
  });
});
