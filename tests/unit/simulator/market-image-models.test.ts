import { describe, expect, it } from "vitest";
import { MARKET_MODELS } from "@/lib/kie/simulator/models";
import { operations } from "@/lib/ops/registry";
import { call, fetchBytes, imageMeta, makeSim, pollUntil } from "./helpers";

type Sim = ReturnType<typeof makeSim>["sim"];
type Rec = { state: string; resultJson: string; failMsg: string | null };

const imageMarketOps = operations.filter((op) => op.category === "image" && op.status === "market");

async function runModel(sim: Sim, model: string, input: Record<string, unknown>) {
  const created = await call(sim, "POST", "/api/v1/jobs/createTask", { model, input });
  expect(created.json, JSON.stringify(created.json)).toMatchObject({ code: 200 });
  const { taskId } = created.json.data as { taskId: string };
  const done = await pollUntil(
    async () => (await call(sim, "GET", `/api/v1/jobs/recordInfo?taskId=${taskId}`)).json.data as Rec,
    (r) => r.state === "success" || r.state === "fail",
  );
  expect(done.state).toBe("success");
  return (JSON.parse(done.resultJson) as { resultUrls: string[] }).resultUrls;
}

describe("simulator: Market image models", () => {
  it("knows every Market image model in the registry", () => {
    expect(imageMarketOps.length).toBeGreaterThan(40);
    for (const op of imageMarketOps) expect(MARKET_MODELS[op.request.model!], op.id).toBeDefined();
  });

  it.each(imageMarketOps.map((op) => [op.id, op] as const))(
    "%s: the registry example is accepted and yields images",
    async (_id, op) => {
      const { sim } = makeSim({ timeScale: 0.002 });
      const body = op.request.toBody(op.input.parse(op.example), {}) as {
        model: string;
        input: Record<string, unknown>;
      };
      const urls = await runModel(sim, body.model, body.input);
      expect(urls.length).toBeGreaterThanOrEqual(1);
      const { res } = await fetchBytes(sim, urls[0]);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^image\/(png|jpeg)$/);
    },
  );

  it("returns 6 Grok images (4 with enable_pro) and 2 for image-to-image", async () => {
    const { sim } = makeSim({ timeScale: 0.002 });
    expect(await runModel(sim, "grok-imagine/text-to-image", { prompt: "x" })).toHaveLength(6);
    expect(await runModel(sim, "grok-imagine/text-to-image", { prompt: "x", enable_pro: true })).toHaveLength(
      4,
    );
    expect(
      await runModel(sim, "grok-imagine/image-to-image", { image_urls: ["https://i.test/a.png"] }),
    ).toHaveLength(2);
  });

  it("honours counts, presets, ratios and formats", async () => {
    const { sim } = makeSim({ timeScale: 0.002 });
    const seedream = await runModel(sim, "bytedance/seedream-v4-text-to-image", {
      prompt: "x",
      image_size: "portrait_16_9",
      max_images: 3,
    });
    expect(seedream).toHaveLength(3);
    expect(await imageMeta((await fetchBytes(sim, seedream[0])).bytes)).toEqual({
      format: "png",
      width: 576,
      height: 1024,
    });
    const [nb2] = await runModel(sim, "nano-banana-2", {
      prompt: "x",
      aspect_ratio: "4:3",
      output_format: "jpg",
    });
    expect(await imageMeta((await fetchBytes(sim, nb2)).bytes)).toEqual({
      format: "jpeg",
      width: 1024,
      height: 768,
    });
  });

  it("upscalers return a larger image than the 1024 px renders", async () => {
    const { sim } = makeSim({ timeScale: 0.002 });
    const [topaz] = await runModel(sim, "topaz/image-upscale", {
      image_url: "https://i.test/a.png",
      upscale_factor: "2",
    });
    expect(await imageMeta((await fetchBytes(sim, topaz)).bytes)).toMatchObject({
      width: 2048,
      height: 2048,
    });
    const [crisp] = await runModel(sim, "recraft/crisp-upscale", { image: "https://i.test/a.png" });
    expect((await imageMeta((await fetchBytes(sim, crisp)).bytes)).width).toBe(2048);
    const [cutout] = await runModel(sim, "recraft/remove-background", { image: "https://i.test/a.png" });
    expect((await imageMeta((await fetchBytes(sim, cutout)).bytes)).format).toBe("png");
  });

  it.each([
    ["nano-banana-pro", { prompt: "x", resolution: "8K" }, /resolution/],
    ["gpt-image/1.5-text-to-image", { prompt: "x", quality: "high" }, /aspect_ratio/],
    ["seedream/4.5-edit", { prompt: "x", aspect_ratio: "1:1", quality: "basic" }, /image_urls/],
    ["bytedance/seedream-v4-text-to-image", { prompt: "x", max_images: 7 }, /max_images/],
    [
      "flux-2/pro-image-to-image",
      {
        prompt: "x",
        input_urls: Array(9).fill("https://i.test/a.png"),
        aspect_ratio: "auto",
        resolution: "1K",
      },
      /input_urls/,
    ],
    ["z-image", { prompt: "x".repeat(1001), aspect_ratio: "1:1" }, /prompt/],
    ["topaz/image-upscale", { image_url: "https://i.test/a.png", upscale_factor: "3" }, /upscale_factor/],
    ["recraft/remove-background", {}, /image/],
    ["ideogram/v3-edit", { prompt: "x", image_url: "https://i.test/a.png" }, /mask_url/],
  ])("%s rejects %j with a 422 naming the field", async (model, input, message) => {
    const { sim } = makeSim();
    const res = await call(sim, "POST", "/api/v1/jobs/createTask", { model, input });
    expect(res.json.code).toBe(422);
    expect(res.json.msg).toMatch(message);
  });
});
