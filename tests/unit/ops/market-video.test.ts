import { describe, expect, it } from "vitest";
import { getOperation, operations } from "@/lib/ops/registry";
import type { AnyOperation, SourceRef } from "@/lib/ops/types";

const videoMarketOps = operations.filter((op) => op.category === "video" && op.status === "market");
const IMG = "https://i.test/a.png";
const VID = "https://v.test/a.mp4";
const op = (id: string): AnyOperation => {
  const found = getOperation(id);
  if (!found) throw new Error(`no operation ${id}`);
  return found;
};
const issuesOf = (id: string, input: Record<string, unknown>) => {
  const r = op(id).input.safeParse(input);
  expect(r.success, `${id} should reject ${JSON.stringify(input)}`).toBe(false);
  return r.error!.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
};
const cost = (id: string, input: Record<string, unknown>) => op(id).cost(op(id).input.parse(input));

const src = (o: Partial<SourceRef>): SourceRef => ({
  assetId: "asset123456",
  kind: "image",
  operationId: "image.market.z-image",
  kieTaskId: "kie_task_1",
  outputIndex: 2,
  ref: "studio://asset/asset123456",
  taskInput: {},
  ...o,
});

describe("Market video operations", () => {
  it("registers one operation per §5.5 video model, under video.market.<slug>", () => {
    expect(videoMarketOps).toHaveLength(61);
    for (const o of videoMarketOps) {
      expect(o.id).toBe(`video.market.${o.request.model!.replace(/[/.]/g, "-")}`);
      expect(o.outputs).toEqual(["video"]);
      expect(o.request.path).toBe("/api/v1/jobs/createTask");
    }
    expect(getOperation("video.market.kling-2-6-text-to-video")?.title).toBe("Kling 2.6 · Text to video");
  });

  it.each(videoMarketOps.map((o) => [o.id, o] as const))(
    "%s: example parses into a Market body",
    (_id, o) => {
      const input = o.input.parse(o.example);
      const body = o.request.toBody(input, { callBackUrl: "https://cb.test/x" });
      expect(body).toMatchObject({ model: o.request.model, callBackUrl: "https://cb.test/x" });
      expect(Object.values(body.input as object)).not.toContain(undefined);
      expect(o.cost(input)).toBeGreaterThan(0);
    },
  );

  it("sends Kie's exact field names and types", () => {
    const kling = op("video.market.kling-2-6-text-to-video");
    const body = kling.request.toBody(kling.input.parse({ prompt: "x" }), {});
    expect(body).toEqual({
      model: "kling-2.6/text-to-video",
      input: { prompt: "x", sound: false, aspect_ratio: "16:9", duration: "5" },
    });
    const wan = op("video.market.wan-2-7-text-to-video");
    const wanInput = wan.request.toBody(wan.input.parse({ prompt: "x" }), {}).input as Record<
      string,
      unknown
    >;
    expect(wanInput).toMatchObject({ ratio: "16:9", duration: 5 });
    expect(wanInput).not.toHaveProperty("aspect_ratio");
    const seedance = op("video.market.bytedance-seedance-2");
    expect(seedance.request.toBody(seedance.input.parse({ prompt: "a fox" }), {}).input).toMatchObject({
      duration: 5,
      generate_audio: true,
    });
  });

  it("rejects Seedance frames together with references, on the reference field", () => {
    expect(
      issuesOf("video.market.bytedance-seedance-2", {
        prompt: "a fox",
        first_frame_url: IMG,
        reference_video_urls: [VID],
      }),
    ).toContainEqual({
      path: "reference_video_urls",
      message: "Use either first/last frames or references, not both",
    });
    expect(
      issuesOf("video.market.bytedance-seedance-2", { prompt: "a fox", last_frame_url: IMG }),
    ).toContainEqual({
      path: "first_frame_url",
      message: "A last frame needs a first frame",
    });
    expect(
      issuesOf("video.market.bytedance-seedance-2-fast", { prompt: "a fox", resolution: "1080p" })[0].path,
    ).toBe("resolution");
  });

  it("rejects Grok spicy mode with external images, and needs images or a task", () => {
    expect(
      issuesOf("video.market.grok-imagine-image-to-video", { image_urls: [IMG], mode: "spicy" }),
    ).toContainEqual({ path: "mode", message: "Spicy mode is not available with your own images" });
    expect(issuesOf("video.market.grok-imagine-image-to-video", {})[0].path).toBe("image_urls");
    expect(
      op("video.market.grok-imagine-image-to-video").input.safeParse({
        task_id: "t1",
        index: 3,
        mode: "spicy",
      }).success,
    ).toBe(true);
  });

  it("checks Kling 3.0 multi-shot and elements", () => {
    const base = { sound: true, duration: "5", multi_shots: true };
    expect(issuesOf("video.market.kling-3-0-video", base)).toContainEqual({
      path: "multi_prompt",
      message: "Multi-shot mode needs at least one shot",
    });
    expect(
      issuesOf("video.market.kling-3-0-video", {
        ...base,
        multi_prompt: [
          { prompt: "a", duration: 2 },
          { prompt: "b", duration: 2 },
        ],
      }),
    ).toContainEqual({ path: "multi_prompt", message: "The shots add up to 4 s but the duration is 5 s" });
    expect(issuesOf("video.market.kling-3-0-video", { sound: false })).toContainEqual({
      path: "prompt",
      message: "Describe the video",
    });
    const elements = issuesOf("video.market.kling-3-0-video", {
      prompt: "x@dog",
      kling_elements: [{ name: "dog", description: "a dog", element_input_urls: [IMG] }],
    });
    expect(elements.map((i) => i.path)).toEqual(
      expect.arrayContaining(["kling_elements.0.element_input_urls", "image_urls"]),
    );
  });

  it("checks Sora storyboard totals and character time ranges", () => {
    expect(
      issuesOf("video.market.sora-2-pro-storyboard", {
        n_frames: "15",
        shots: [{ Scene: "a", duration: 10 }],
      }),
    ).toContainEqual({ path: "shots", message: "The scenes add up to 10 s but the duration is 15 s" });
    expect(
      issuesOf("video.market.sora-2-characters-pro", { origin_task_id: "t", timestamps: "2" })[0].path,
    ).toBe("timestamps");
    expect(
      issuesOf("video.market.sora-2-characters-pro", { origin_task_id: "t", timestamps: "1,9" }),
    ).toContainEqual({
      path: "timestamps",
      message: "The time range must be 1 to 3 seconds long, with end after start",
    });
  });

  it("checks Wan 2.7 and Hailuo 2.3 rules", () => {
    expect(issuesOf("video.market.wan-2-7-image-to-video", { prompt: "x" })).toContainEqual({
      path: "first_frame_url",
      message: "Add a first frame or a clip to continue",
    });
    expect(issuesOf("video.market.wan-2-7-r2v", { prompt: "x" })[0].path).toBe("reference_image");
    expect(issuesOf("video.market.wan-2-7-videoedit", { video_url: VID, duration: 1 })[0].path).toBe(
      "duration",
    );
    expect(
      issuesOf("video.market.hailuo-2-3-image-to-video-pro", {
        prompt: "x",
        image_url: IMG,
        duration: "10",
        resolution: "1080P",
      }),
    ).toContainEqual({ path: "resolution", message: "1080P is available for 6-second clips only" });
    expect(issuesOf("video.market.wan-2-5-text-to-video", { prompt: "x".repeat(801) })).toContainEqual({
      path: "prompt",
      message: "The prompt can be at most 800 characters",
    });
  });

  it("estimates costs from §13 per-second prices, durations and tiers", () => {
    expect(cost("video.market.bytedance-seedance-2", { prompt: "abc", duration: 10 })).toBe(250);
    expect(
      cost("video.market.bytedance-seedance-2-fast", { prompt: "abc", duration: 4, resolution: "480p" }),
    ).toBe(40);
    expect(cost("video.market.sora-2-text-to-video", { prompt: "x", n_frames: "15" })).toBe(45);
    expect(cost("video.market.sora-2-pro-text-to-video", { prompt: "x", n_frames: "10" })).toBe(45);
    expect(
      cost("video.market.kling-v2-1-master-image-to-video", { prompt: "x", image_url: IMG, duration: "10" }),
    ).toBe(320);
    expect(cost("video.market.kling-3-0-video", { prompt: "x", duration: "10" })).toBe(120);
    expect(
      cost("video.market.grok-imagine-text-to-video", { prompt: "x", duration: 10, resolution: "720p" }),
    ).toBe(30);
    expect(cost("video.market.grok-imagine-text-to-video", { prompt: "x", duration: 10 })).toBe(16);
    expect(cost("video.market.happyhorse-text-to-video", { prompt: "x", duration: 5 })).toBe(240);
    expect(
      cost("video.market.wan-2-5-image-to-video", { prompt: "x", image_url: IMG, resolution: "720p" }),
    ).toBe(60);
    expect(cost("video.market.hailuo-02-text-to-video-pro", { prompt: "x" })).toBe(48);
    expect(cost("video.market.topaz-video-upscale", { video_url: VID })).toBe(8);
    expect(cost("video.market.grok-imagine-upscale", { task_id: "t" })).toBe(10);
  });

  it("leads on from results: images animate, videos edit, Grok videos extend by task id", () => {
    const imageFollowUps = videoMarketOps.filter((o) => o.source?.kinds.includes("image"));
    expect(imageFollowUps.length).toBeGreaterThan(25);
    expect(op("video.market.kling-2-6-image-to-video").source!.prefill(src({}))).toEqual({
      image_urls: ["studio://asset/asset123456"],
    });
    expect(op("video.market.hailuo-2-3-image-to-video-pro").source!.action).toBe(
      "Animate with Hailuo 2.3 Pro",
    );
    expect(op("video.market.topaz-video-upscale").source).toMatchObject({ kinds: ["video"] });
    const extend = op("video.market.grok-imagine-extend");
    expect(extend.source!.fromOperations).toContain("video.market.grok-imagine-text-to-video");
    expect(extend.source!.prefill(src({ kind: "video", kieTaskId: "grok_1" }))).toEqual({
      task_id: "grok_1",
    });
    const taskField = (extend.input.shape as Record<string, { meta(): { ref?: string } }>).task_id;
    expect(taskField.meta().ref).toBe("kie-task");
    expect(op("video.market.kling-3-0-motion-control").callback).toBe("required");
  });
});
