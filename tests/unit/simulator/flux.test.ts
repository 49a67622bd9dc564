import { describe, expect, it } from "vitest";
import { signWebhook } from "@/lib/kie/simulator/callbacks";
import { call, fetchBytes, imageMeta, makeSim, pollUntil } from "./helpers";

type FluxRecord = {
  taskId: string;
  paramJson: string;
  completeTime: string | null;
  response: { originImageUrl: string; resultImageUrl: string } | null;
  successFlag: number;
  errorCode: number | null;
  errorMessage: string | null;
  createTime: string;
};

const CALLBACK = "https://app.test/api/kie/callback/flux";
type Sim = ReturnType<typeof makeSim>["sim"];

async function generate(sim: Sim, body: Record<string, unknown>) {
  const res = await call(sim, "POST", "/api/v1/flux/kontext/generate", body);
  expect(res.json).toMatchObject({ code: 200, msg: "success" });
  return (res.json.data as { taskId: string }).taskId;
}

const read = async (sim: Sim, taskId: string) =>
  (await call(sim, "GET", `/api/v1/flux/kontext/record-info?taskId=${taskId}`)).json;

async function waitDone(sim: Sim, taskId: string) {
  const flags: number[] = [];
  const record = await pollUntil(
    async () => (await read(sim, taskId)).data as FluxRecord,
    (r) => {
      if (flags.at(-1) !== r.successFlag) flags.push(r.successFlag);
      return r.successFlag !== 0;
    },
  );
  return { record, flags };
}

describe("simulator: Flux Kontext", () => {
  it("generates at the aspect ratio, answers the §10.2 record and calls back signed (§10.3)", async () => {
    const { sim, captured } = makeSim({ timeScale: 0.02, hmacKey: "flux-key" });
    const before = (await call(sim, "GET", "/api/v1/chat/credit")).json.data as number;
    const taskId = await generate(sim, {
      prompt: "a lighthouse on a cliff",
      aspectRatio: "16:9",
      outputFormat: "png",
      model: "flux-kontext-max",
      callBackUrl: CALLBACK,
    });
    const { record, flags } = await waitDone(sim, taskId);
    expect(flags).toEqual([0, 1]);
    expect(Object.keys(record)).toEqual([
      "taskId",
      "paramJson",
      "completeTime",
      "response",
      "successFlag",
      "errorCode",
      "errorMessage",
      "createTime",
    ]);
    expect(record).toMatchObject({ taskId, successFlag: 1, errorCode: null });
    expect(JSON.parse(record.paramJson)).toMatchObject({
      prompt: "a lighthouse on a cliff",
      aspectRatio: "16:9",
    });
    expect(JSON.parse(record.paramJson)).not.toHaveProperty("callBackUrl");
    expect(Date.parse(record.completeTime!)).toBeGreaterThanOrEqual(Date.parse(record.createTime));
    const url = record.response!.resultImageUrl;
    const { res, bytes } = await fetchBytes(sim, url);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(await imageMeta(bytes)).toEqual({ format: "png", width: 1024, height: 576 });

    await pollUntil(
      async () => captured.length,
      (n) => n >= 1,
    );
    expect(captured).toHaveLength(1);
    expect(captured[0].url).toBe(CALLBACK);
    expect(captured[0].body).toEqual({
      code: 200,
      msg: "BFL image generated successfully.",
      data: { taskId, info: { originImageUrl: url, resultImageUrl: url } },
    });
    const ts = Number(captured[0].headers.get("x-webhook-timestamp"));
    expect(captured[0].headers.get("x-webhook-signature")).toBe(signWebhook("flux-key", taskId, ts));
    expect((await call(sim, "GET", "/api/v1/chat/credit")).json.data).toBe(before - 100);
  });

  it("edits with inputImage; defaults to a 16:9 JPEG", async () => {
    const { sim } = makeSim({ timeScale: 0.02 });
    const taskId = await generate(sim, {
      prompt: "make it snow",
      inputImage: "https://images.example.com/source.png",
      safetyTolerance: 2,
    });
    const { record } = await waitDone(sim, taskId);
    const { bytes } = await fetchBytes(sim, record.response!.resultImageUrl);
    expect(await imageMeta(bytes)).toEqual({ format: "jpeg", width: 1024, height: 576 });
  });

  it("fails [sim:fail] tasks with successFlag 3, errorCode 501 and a 501 callback", async () => {
    const { sim, captured } = makeSim({ timeScale: 0.02 });
    const taskId = await generate(sim, { prompt: "doomed [sim:fail]", callBackUrl: CALLBACK });
    const { record } = await waitDone(sim, taskId);
    expect(record).toMatchObject({ successFlag: 3, errorCode: 501, response: null });
    expect(record.errorMessage).toBeTruthy();
    await pollUntil(
      async () => captured.length,
      (n) => n >= 1,
    );
    expect(captured[0].body).toMatchObject({
      code: 501,
      data: { taskId, info: { originImageUrl: "", resultImageUrl: "" } },
    });
  });

  it.each([
    [{}, /prompt/],
    [{ prompt: "x", aspectRatio: "2:1" }, /aspectRatio/],
    [{ prompt: "x", outputFormat: "webp" }, /outputFormat/],
    [{ prompt: "x", model: "flux-kontext-ultra" }, /model/],
    [{ prompt: "x", safetyTolerance: 7 }, /safetyTolerance/],
    [{ prompt: "x", inputImage: "https://i.test/a.png", safetyTolerance: 3 }, /safetyTolerance/],
    [{ prompt: "x", enableTranslation: "yes" }, /enableTranslation/],
    [{ prompt: "x", inputImage: "not a url" }, /inputImage/],
  ])("rejects %j with a Kie-style 422", async (body, message) => {
    const { sim } = makeSim();
    const res = await call(sim, "POST", "/api/v1/flux/kontext/generate", body);
    expect(res.status).toBe(200);
    expect(res.json.code).toBe(422);
    expect(res.json.msg).toMatch(message);
    expect(res.json.data).toBeNull();
    expect(sim.stats().createsTotal).toBe(0);
  });

  it("answers unknown ids (and other families' ids) with 422 'The record does not exist'", async () => {
    const { sim } = makeSim();
    expect(await read(sim, "nope")).toEqual({ code: 422, msg: "The record does not exist", data: null });
    const market = await call(sim, "POST", "/api/v1/jobs/createTask", {
      model: "z-image",
      input: { prompt: "x", aspect_ratio: "1:1" },
    });
    const marketId = (market.json.data as { taskId: string }).taskId;
    expect((await read(sim, marketId)).code).toBe(422);
  });
});
