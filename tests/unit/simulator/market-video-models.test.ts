import { describe, expect, it } from "vitest";
import { MARKET_MODELS } from "@/lib/kie/simulator/models";
import { VIDEO_MODELS } from "@/lib/kie/simulator/models/video";
import { operations } from "@/lib/ops/registry";
import { call, fetchBytes, makeSim, pollUntil } from "./helpers";

type Sim = ReturnType<typeof makeSim>["sim"];
type Rec = { state: string; resultJson: string; failMsg: string | null; creditsConsumed: number };

const videoMarketOps = operations.filter((op) => op.category === "video" && op.status === "market");
const IMG = "https://i.test/a.png";
const VID = "https://v.test/a.mp4";

async function create(sim: Sim, model: string, input: Record<string, unknown>) {
  return call(sim, "POST", "/api/v1/jobs/createTask", { model, input });
}

async function runModel(sim: Sim, model: string, input: Record<string, unknown>) {
  const created = await create(sim, model, input);
  expect(created.json, JSON.stringify(created.json)).toMatchObject({ code: 200 });
  const { taskId } = created.json.data as { taskId: string };
  const done = await pollUntil(
    async () => (await call(sim, "GET", `/api/v1/jobs/recordInfo?taskId=${taskId}`)).json.data as Rec,
    (r) => r.state === "success" || r.state === "fail",
  );
  expect(done.state).toBe("success");
  return { urls: (JSON.parse(done.resultJson) as { resultUrls: string[] }).resultUrls, record: done };
}

function isMp4(bytes: Buffer): boolean {
  return bytes.length > 1000 && bytes.toString("ascii", 4, 8) === "ftyp";
}

describe("simulator: Market video models", () => {
  it("knows every Market video model in the registry, and only those", () => {
    expect(videoMarketOps.length).toBeGreaterThanOrEqual(60);
    const registryModels = new Set(videoMarketOps.map((op) => op.request.model));
    for (const op of videoMarketOps) expect(MARKET_MODELS[op.request.model!], op.id).toBeDefined();
    for (const id of Object.keys(VIDEO_MODELS)) expect(registryModels.has(id), id).toBe(true);
  });

  it.each(videoMarketOps.map((op) => [op.id, op] as const))(
    "%s: the registry example is accepted and yields a real MP4",
    async (_id, op) => {
      const { sim } = makeSim({ timeScale: 0.002 });
      const body = op.request.toBody(op.input.parse(op.example), {}) as {
        model: string;
        input: Record<string, unknown>;
      };
      const { urls, record } = await runModel(sim, body.model, body.input);
      expect(urls).toHaveLength(1);
      expect(record.creditsConsumed).toBeGreaterThan(0);
      const { res, bytes } = await fetchBytes(sim, urls[0]);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("video/mp4");
      expect(isMp4(bytes)).toBe(true);
    },
  );

  it("picks the portrait clip for portrait ratios and a landscape one otherwise", async () => {
    const { sim } = makeSim({ timeScale: 0.002 });
    const portrait = await runModel(sim, "sora-2-text-to-video", { prompt: "x", aspect_ratio: "portrait" });
    const wan = await runModel(sim, "wan/2-7-text-to-video", { prompt: "x", ratio: "9:16" });
    const landscape = await runModel(sim, "kling-2.6/text-to-video", {
      prompt: "x",
      sound: false,
      aspect_ratio: "16:9",
      duration: "5",
    });
    const portraitBytes = (await fetchBytes(sim, portrait.urls[0])).bytes;
    expect((await fetchBytes(sim, wan.urls[0])).bytes.equals(portraitBytes)).toBe(true);
    expect((await fetchBytes(sim, landscape.urls[0])).bytes.equals(portraitBytes)).toBe(false);
  });

  it("charges per second and by resolution", async () => {
    const { sim } = makeSim({ timeScale: 0.002 });
    const short = await runModel(sim, "happyhorse/text-to-video", {
      prompt: "x",
      resolution: "720p",
      duration: 5,
    });
    const long = await runModel(sim, "happyhorse/text-to-video", {
      prompt: "x",
      resolution: "1080p",
      duration: 10,
    });
    expect(short.record.creditsConsumed).toBe(140);
    expect(long.record.creditsConsumed).toBe(480);
  });

  it("takes longer than an image: still generating shortly after creation at realistic speed", async () => {
    const { sim } = makeSim({ timeScale: 1 });
    const created = await create(sim, "grok-imagine/text-to-video", { prompt: "x" });
    const { taskId } = created.json.data as { taskId: string };
    const rec = (await call(sim, "GET", `/api/v1/jobs/recordInfo?taskId=${taskId}`)).json.data as Rec;
    expect(["waiting", "generating"]).toContain(rec.state);
    sim.close();
  });

  const shots = (durations: number[]) => durations.map((duration, i) => ({ prompt: `shot ${i}`, duration }));

  it.each([
    [
      "bytedance/seedance-2",
      { prompt: "a fox", first_frame_url: IMG, reference_image_urls: [IMG] },
      /together/,
    ],
    ["bytedance/seedance-2", { prompt: "a fox", last_frame_url: IMG }, /last_frame_url requires/],
    ["bytedance/seedance-2", { prompt: "a fox", duration: 16 }, /duration/],
    ["bytedance/seedance-2-fast", { prompt: "a fox", resolution: "1080p" }, /resolution/],
    ["bytedance/seedance-1.5-pro", { prompt: "x", duration: "8" }, /aspect_ratio/],
    ["bytedance/v1-pro-text-to-video", { prompt: "x", duration: 5 }, /duration/],
    ["bytedance/v1-lite-image-to-video", { prompt: "x" }, /image_url/],
    ["kling-3.0/video", { prompt: "x", duration: "5", mode: "pro", multi_shots: false }, /sound/],
    [
      "kling-3.0/video",
      { sound: true, duration: "5", mode: "pro", multi_shots: true, multi_prompt: shots([2, 2]) },
      /sum of multi_prompt/,
    ],
    [
      "kling-3.0/video",
      {
        sound: true,
        duration: "5",
        mode: "pro",
        multi_shots: true,
        multi_prompt: [{ prompt: "x", duration: 13 }],
      },
      /multi_prompt\[0\]\.duration/,
    ],
    [
      "kling-3.0/video",
      {
        prompt: "x",
        sound: true,
        duration: "5",
        mode: "pro",
        multi_shots: false,
        kling_elements: [{ name: "a", description: "b", element_input_urls: [IMG] }],
      },
      /element_input_urls/,
    ],
    ["kling-3.0/motion-control", { input_urls: [IMG] }, /video_urls/],
    [
      "kling-2.6/text-to-video",
      { prompt: "x", sound: true, aspect_ratio: "4:3", duration: "5" },
      /aspect_ratio/,
    ],
    [
      "kling-2.6/motion-control",
      { input_urls: [IMG], video_urls: [VID], mode: "720p" },
      /character_orientation/,
    ],
    ["kling/v2-1-pro", { prompt: "x", image_url: IMG, cfg_scale: 2 }, /cfg_scale/],
    ["kling/ai-avatar-pro", { image_url: IMG, prompt: "x" }, /audio_url/],
    ["sora-2-text-to-video", { prompt: "x", n_frames: "25" }, /n_frames/],
    ["sora-2-image-to-video", { prompt: "x" }, /image_urls/],
    ["sora-2-pro-storyboard", { n_frames: "10", shots: [{ Scene: "x", duration: 4 }] }, /sum of shots/],
    ["sora-2-pro-storyboard", { n_frames: "10", shots: [{ duration: 10 }] }, /shots\[0\]\.Scene/],
    ["sora-2-characters-pro", { origin_task_id: "t1", timestamps: "0,8" }, /timestamps/],
    ["sora-watermark-remover", {}, /video_url/],
    ["hailuo/02-image-to-video-standard", { prompt: "x", image_url: IMG, resolution: "1080P" }, /resolution/],
    [
      "hailuo/2-3-image-to-video-pro",
      { prompt: "x", image_url: IMG, resolution: "1080P", duration: "10" },
      /1080P/,
    ],
    ["wan/2-2-animate-move", { image_url: IMG }, /video_url/],
    ["wan/2-5-text-to-video", { prompt: "x".repeat(801), duration: "5" }, /prompt/],
    ["wan/2-6-video-to-video", { prompt: "x", video_urls: [VID], duration: "15" }, /duration/],
    ["wan/2-7-text-to-video", { prompt: "x", aspect_ratio: "16:9" }, /use ratio/],
    ["wan/2-7-image-to-video", { prompt: "x" }, /first_frame_url, first_clip_url/],
    ["wan/2-7-image-to-video", { prompt: "x", first_frame_url: IMG, first_clip_url: VID }, /together/],
    ["wan/2-7-r2v", { prompt: "x" }, /reference_image, reference_video/],
    ["wan/2-7-videoedit", { video_url: VID, duration: 1 }, /duration/],
    ["grok-imagine/text-to-video", { prompt: "x", duration: 31 }, /duration/],
    ["grok-imagine/image-to-video", { image_urls: [IMG], mode: "spicy" }, /spicy/],
    ["grok-imagine/image-to-video", { prompt: "x" }, /image_urls or task_id/],
    ["grok-imagine/extend", { task_id: "t1", prompt: "x", extend_at: 0, extend_times: "8" }, /extend_times/],
    ["grok-imagine/upscale", {}, /task_id/],
    [
      "happyhorse/reference-to-video",
      { prompt: "x", reference_image: Array(10).fill(IMG) },
      /reference_image/,
    ],
    ["happyhorse/video-edit", { prompt: "x" }, /video_url/],
    ["topaz/video-upscale", { video_url: VID, upscale_factor: "3" }, /upscale_factor/],
    [
      "infinitalk/from-audio",
      { image_url: IMG, audio_url: VID, prompt: "x", resolution: "1080p" },
      /resolution/,
    ],
  ])("%s rejects %j with a 422 naming the field", async (model, input, message) => {
    const { sim } = makeSim();
    const res = await create(sim, model, input);
    expect(res.json.code).toBe(422);
    expect(res.json.msg).toMatch(message);
  });
});
