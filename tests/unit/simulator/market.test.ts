import { describe, expect, it } from "vitest";
import { call, fetchBytes, imageMeta, makeSim, pollUntil } from "./helpers";

type MarketRecord = Record<string, unknown> & { state: string; param: string; resultJson: string };

const read = async (sim: ReturnType<typeof makeSim>["sim"], taskId: string) =>
  (await call(sim, "GET", `/api/v1/jobs/recordInfo?taskId=${taskId}`)).json.data as MarketRecord;

describe("simulator: Market jobs (google/nano-banana)", () => {
  it("creates a task, walks waiting -> generating -> success and serves the image", async () => {
    const { sim, captured } = makeSim({ timeScale: 0.03 });
    const input = { prompt: "a paper crane on a desk", image_size: "16:9", output_format: "png" };
    const created = await call(sim, "POST", "/api/v1/jobs/createTask", {
      model: "google/nano-banana",
      input,
      callBackUrl: "https://app.test/cb",
    });
    expect(created.json.code).toBe(200);
    const { taskId, recordId } = created.json.data as { taskId: string; recordId: string };
    expect(recordId).toBe(taskId);

    const states: string[] = [];
    const done = await pollUntil(
      () => read(sim, taskId),
      (r) => {
        if (states.at(-1) !== r.state) states.push(r.state);
        if (r.state !== "success") {
          expect(r.resultJson).toBe("");
          expect(r).toMatchObject({ successFlag: 0, costTime: null, completeTime: null });
        }
        return r.state === "success";
      },
    );
    expect(states).toEqual(["waiting", "generating", "success"]);
    expect(Object.keys(done)).toEqual([
      "taskId",
      "model",
      "state",
      "param",
      "resultJson",
      "failCode",
      "failMsg",
      "costTime",
      "completeTime",
      "createTime",
      "creditsConsumed",
      "operationType",
      "response",
      "successFlag",
      "paramJson",
    ]);
    const param = JSON.parse(done.param) as { input: string; model: string };
    expect(typeof param.input).toBe("string");
    expect(JSON.parse(param.input)).toEqual(input);
    expect(done.paramJson).toBe(done.param);
    const { resultUrls } = JSON.parse(done.resultJson) as { resultUrls: string[] };
    expect(done).toMatchObject({
      successFlag: 1,
      creditsConsumed: 4,
      response: { resultUrls },
      failCode: null,
    });
    expect(typeof done.costTime).toBe("number");
    const { bytes } = await fetchBytes(sim, resultUrls[0]);
    expect(await imageMeta(bytes)).toEqual({ format: "png", width: 1024, height: 576 });

    await pollUntil(
      async () => captured.length,
      (n) => n >= 1,
    );
    expect(captured).toHaveLength(1);
    expect(captured[0].body).toMatchObject({
      code: 200,
      msg: "Playground task completed successfully.",
      data: {
        taskId,
        state: "success",
        consumeCredits: 4,
        remainedCredits: 4996.5,
        resultJson: done.resultJson,
      },
    });
    sim.close();
  });

  it("honours output_format jpeg and image_size auto", async () => {
    const { sim } = makeSim();
    const created = await call(sim, "POST", "/api/v1/jobs/createTask", {
      model: "google/nano-banana",
      input: { prompt: "jpeg please", output_format: "jpeg", image_size: "auto" },
    });
    const { taskId } = created.json.data as { taskId: string };
    const done = await pollUntil(
      () => read(sim, taskId),
      (r) => r.state === "success",
    );
    const url = (JSON.parse(done.resultJson) as { resultUrls: string[] }).resultUrls[0];
    expect(url).toMatch(/\.jpg$/);
    const { res, bytes } = await fetchBytes(sim, url);
    expect(res.headers.get("content-type")).toBe("image/jpeg");
    expect(await imageMeta(bytes)).toEqual({ format: "jpeg", width: 1024, height: 1024 });
    sim.close();
  });

  it.each([
    [{ model: "google/nano-banana", input: {} }, "prompt cannot be blank"],
    [
      { model: "google/nano-banana", input: { prompt: "x".repeat(5001) } },
      "prompt cannot exceed 5000 characters",
    ],
    [{ model: "google/nano-banana", input: { prompt: "x", image_size: "7:3" } }, "image_size must be one of"],
    [
      { model: "google/nano-banana", input: { prompt: "x", output_format: "gif" } },
      "output_format must be one of",
    ],
    [{ model: "google/nano-banana" }, "input cannot be null"],
    [{ input: { prompt: "x" } }, "model cannot be blank"],
    [{ model: "acme/imaginary", input: { prompt: "x" } }, "model acme/imaginary is not supported"],
  ])("rejects %o with 422", async (body, message) => {
    const { sim } = makeSim();
    const res = await call(sim, "POST", "/api/v1/jobs/createTask", body);
    expect(res.json.code).toBe(422);
    expect(res.json.msg).toContain(message);
  });

  it("answers unknown ids with 404 'Task not found'", async () => {
    const { sim } = makeSim();
    const res = await call(sim, "GET", "/api/v1/jobs/recordInfo?taskId=00000000000000000000000000000000");
    expect(res.json).toEqual({ code: 404, msg: "Task not found", data: null });
  });

  it("fails [sim:fail] tasks with failCode 500 and a 501 callback", async () => {
    const { sim, captured } = makeSim();
    const created = await call(sim, "POST", "/api/v1/jobs/createTask", {
      model: "google/nano-banana",
      input: { prompt: "[sim:fail] please" },
      callBackUrl: "https://app.test/cb",
    });
    const { taskId } = created.json.data as { taskId: string };
    const failed = await pollUntil(
      () => read(sim, taskId),
      (r) => r.state === "fail",
    );
    expect(failed).toMatchObject({ failCode: "500", resultJson: "", successFlag: 2, creditsConsumed: 0 });
    await pollUntil(
      async () => captured.length,
      (n) => n >= 1,
    );
    expect(captured[0].body).toMatchObject({
      code: 501,
      msg: "Playground task failed.",
      data: { state: "fail", failCode: "500", consumeCredits: 0 },
    });
    sim.close();
  });
});
