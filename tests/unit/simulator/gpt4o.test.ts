import { describe, expect, it } from "vitest";
import { call, fetchBytes, imageMeta, makeSim, pollUntil } from "./helpers";

type Gpt4oRecord = {
  successFlag: number;
  status: string;
  progress: string;
  errorCode: number | null;
  completeTime: number | null;
  createTime: number;
  paramJson: string;
  response: { resultUrls: string[] } | null;
};

const CALLBACK = "https://app.test/api/kie/callback/4o";

async function generate(sim: ReturnType<typeof makeSim>["sim"], body: Record<string, unknown>) {
  const res = await call(sim, "POST", "/api/v1/gpt4o-image/generate", body);
  expect(res.json.code).toBe(200);
  return (res.json.data as { taskId: string }).taskId;
}

async function waitDone(sim: ReturnType<typeof makeSim>["sim"], taskId: string) {
  const progress: string[] = [];
  const record = await pollUntil(
    async () =>
      (await call(sim, "GET", `/api/v1/gpt4o-image/record-info?taskId=${taskId}`)).json.data as Gpt4oRecord,
    (r) => {
      progress.push(r.progress);
      return r.successFlag !== 0;
    },
  );
  return { record, progress };
}

describe("simulator: 4o image", () => {
  it("renders nVariants PNGs at the size's aspect and reports rising progress", async () => {
    const { sim, captured } = makeSim({ timeScale: 0.03 });
    const taskId = await generate(sim, {
      prompt: "a lighthouse in a storm",
      size: "3:2",
      nVariants: 2,
      callBackUrl: CALLBACK,
    });
    const { record, progress } = await waitDone(sim, taskId);
    expect(record).toMatchObject({ successFlag: 1, status: "SUCCESS", progress: "1.00", errorCode: null });
    expect(record.completeTime).toBeGreaterThanOrEqual(record.createTime);
    expect(JSON.parse(record.paramJson)).toMatchObject({ prompt: "a lighthouse in a storm", size: "3:2" });
    for (const value of progress) expect(value).toMatch(/^[01]\.\d\d$/);
    expect(progress.map(Number)).toEqual([...progress.map(Number)].sort((a, b) => a - b));
    expect(progress[0]).not.toBe("1.00");

    const urls = record.response?.resultUrls ?? [];
    expect(urls).toHaveLength(2);
    const images = await Promise.all(urls.map((u) => fetchBytes(sim, u)));
    for (const { res, bytes } of images) {
      expect(res.headers.get("content-type")).toBe("image/png");
      expect(await imageMeta(bytes)).toEqual({ format: "png", width: 1024, height: 683 });
    }
    expect(images[0].bytes.equals(images[1].bytes)).toBe(false);

    await pollUntil(
      async () => captured.length,
      (n) => n >= 1,
    );
    expect(captured[0].body).toEqual({
      code: 200,
      msg: "success",
      data: { taskId, info: { result_urls: urls } },
    });
    sim.close();
  });

  it("draws different pictures for different prompts", async () => {
    const { sim } = makeSim();
    const a = await generate(sim, { prompt: "red apples", size: "1:1" });
    const b = await generate(sim, { prompt: "green pears", size: "1:1" });
    const [ra, rb] = await Promise.all([waitDone(sim, a), waitDone(sim, b)]);
    const [ia, ib] = await Promise.all(
      [ra, rb].map(async ({ record }) => (await fetchBytes(sim, record.response?.resultUrls[0] ?? "")).bytes),
    );
    expect(await imageMeta(ia)).toEqual({ format: "png", width: 1024, height: 1024 });
    expect(ia.equals(ib)).toBe(false);
    sim.close();
  });

  it.each([
    [{ prompt: "x" }, "size cannot be blank"],
    [{ prompt: "x", size: "16:9" }, "size must be one of: 1:1, 3:2, 2:3"],
    [{ size: "1:1" }, "prompt and filesUrl cannot both be empty"],
    [{ prompt: "x", size: "1:1", nVariants: 3 }, "nVariants must be one of: 1, 2, 4"],
    [
      { prompt: "x", size: "1:1", filesUrl: ["a", "b", "c", "d", "e", "f"] },
      "filesUrl supports at most 5 items",
    ],
    [{ prompt: "x", size: "1:1", fallbackModel: "SDXL" }, "fallbackModel must be one of"],
  ])("rejects %o with 422", async (body, message) => {
    const { sim } = makeSim();
    const res = await call(sim, "POST", "/api/v1/gpt4o-image/generate", body);
    expect(res.json.code).toBe(422);
    expect(res.json.msg).toContain(message);
  });

  it("answers unknown ids with 422 'The record does not exist'", async () => {
    const { sim } = makeSim();
    const res = await call(
      sim,
      "GET",
      "/api/v1/gpt4o-image/record-info?taskId=ffffffffffffffffffffffffffffffff",
    );
    expect(res.json).toEqual({ code: 422, msg: "The record does not exist", data: null });
  });

  it("fails [sim:fail] tasks with successFlag 2 and errorCode 400", async () => {
    const { sim, captured } = makeSim();
    const taskId = await generate(sim, { prompt: "nope [sim:fail]", size: "1:1", callBackUrl: CALLBACK });
    const { record } = await waitDone(sim, taskId);
    expect(record).toMatchObject({
      successFlag: 2,
      status: "GENERATE_FAILED",
      errorCode: 400,
      response: null,
    });
    await pollUntil(
      async () => captured.length,
      (n) => n >= 1,
    );
    expect(captured[0].body).toMatchObject({ code: 400, data: { taskId, info: null } });
    sim.close();
  });

  it("hands out fresh download URLs for its own results only", async () => {
    const { sim } = makeSim();
    const taskId = await generate(sim, { prompt: "download me", size: "2:3" });
    const { record } = await waitDone(sim, taskId);
    const url = record.response?.resultUrls[0] ?? "";
    const ok = await call(sim, "POST", "/api/v1/gpt4o-image/download-url", { taskId, url });
    expect(ok.json.code).toBe(200);
    expect(typeof ok.json.data).toBe("string");
    const [original, fresh] = await Promise.all([
      fetchBytes(sim, url),
      fetchBytes(sim, String(ok.json.data)),
    ]);
    expect(fresh.bytes.equals(original.bytes)).toBe(true);
    expect(await imageMeta(fresh.bytes)).toMatchObject({ width: 683, height: 1024 });

    const bogus = await call(sim, "POST", "/api/v1/gpt4o-image/download-url", { taskId: "nope", url });
    expect(bogus.json).toEqual({ code: 422, msg: "record is null", data: null });
    sim.close();
  });
});
