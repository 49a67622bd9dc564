import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sniff } from "@/lib/assets/sniff";
import { SAMPLE_CLIPS, videoSpecs } from "@/lib/kie/simulator/media/video";
import {
  normalizeAleph,
  normalizeRunway,
  normalizeVeo,
  normalizeVeo4k,
  normalizeVeo1080p,
} from "@/lib/ops/status/video";
import { call, fetchBytes, makeSim, pollUntil } from "./helpers";

const CALLBACK = "https://app.test/api/kie/callback/video";
type Sim = ReturnType<typeof makeSim>["sim"];
type Rec = Record<string, unknown>;

const clipPath = (name: string) => path.resolve("public/sim-media", name);

async function create(sim: Sim, p: string, body: Rec): Promise<string> {
  const res = await call(sim, "POST", p, body);
  expect(res.json, JSON.stringify(res.json)).toMatchObject({ code: 200 });
  return (res.json.data as { taskId: string }).taskId;
}

async function pollData(sim: Sim, p: string, taskId: string, done: (d: Rec) => boolean): Promise<Rec> {
  return pollUntil(async () => (await call(sim, "GET", `${p}?taskId=${taskId}`)).json.data as Rec, done);
}

describe("sample clips", () => {
  it("are small, faststart H.264 MP4s with posters that our mirror sniffs as video", () => {
    for (const name of [...SAMPLE_CLIPS.landscape, ...SAMPLE_CLIPS.portrait]) {
      const mp4 = fs.readFileSync(clipPath(`${name}.mp4`));
      expect(mp4.length).toBeLessThan(400 * 1024);
      expect(sniff(mp4.subarray(0, 64))).toEqual({ kind: "video", mime: "video/mp4", ext: "mp4" });
      // faststart: the moov box comes before mdat
      expect(mp4.indexOf("moov")).toBeLessThan(mp4.indexOf("mdat"));
      expect(sniff(fs.readFileSync(clipPath(`${name}.jpg`)).subarray(0, 64))?.mime).toBe("image/jpeg");
    }
  });

  it("are picked by task id and respect portrait aspect", () => {
    expect(videoSpecs("a", "9:16").video).toMatchObject({ clip: "clip-d-9x16", width: 360, height: 640 });
    expect(videoSpecs("a", "3:4").video.height).toBe(640);
    expect(videoSpecs("a", "16:9").video).toMatchObject({ width: 640, height: 360 });
    expect(videoSpecs("a", "16:9").video.clip).toBe(videoSpecs("a", "21:9").video.clip);
    const picks = new Set(Array.from({ length: 30 }, (_, i) => videoSpecs(`t${i}`, "16:9").video.clip));
    expect(picks.size).toBeGreaterThan(1);
  });
});

describe("simulator: Veo 3.1", () => {
  it("generates a playable MP4 (Range works), a record-info success and the §7.6 callback", async () => {
    const { sim, captured } = makeSim();
    const before = sim.stats().credits;
    const taskId = await create(sim, "/api/v1/veo/generate", {
      prompt: "a paper boat",
      model: "veo3_lite",
      aspect_ratio: "16:9",
      callBackUrl: CALLBACK,
    });
    const data = await pollData(sim, "/api/v1/veo/record-info", taskId, (d) => d.successFlag !== 0);
    expect(data).toMatchObject({ taskId, successFlag: 1, errorCode: null, fallbackFlag: false });
    expect(data.createTime).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    const response = data.response as { resultUrls: string[]; fullResultUrls: string[]; resolution: string };
    expect(response.resolution).toBe("720p");
    expect(response.fullResultUrls).toEqual(response.resultUrls);

    const { res, bytes } = await fetchBytes(sim, response.resultUrls[0]);
    expect(res.headers.get("content-type")).toBe("video/mp4");
    expect(res.headers.get("accept-ranges")).toBe("bytes");
    expect(bytes.subarray(4, 8).toString("latin1")).toBe("ftyp");
    const onDisk = SAMPLE_CLIPS.landscape.map((c) => fs.readFileSync(clipPath(`${c}.mp4`)));
    expect(onDisk.some((b) => b.equals(bytes))).toBe(true);
    const part = await fetchBytes(sim, response.resultUrls[0], { range: "bytes=0-99" });
    expect(part.res.status).toBe(206);
    expect(part.res.headers.get("content-range")).toBe(`bytes 0-99/${bytes.length}`);
    expect(part.bytes.equals(bytes.subarray(0, 100))).toBe(true);

    expect(normalizeVeo({ code: 200, msg: "success", data })).toMatchObject({ state: "succeeded" });
    await pollUntil(
      async () => captured.length,
      (n) => n >= 1,
    );
    expect(captured[0].body).toMatchObject({
      code: 200,
      msg: "Veo3.1 video generated successfully.",
      data: { taskId, info: { resultUrls: response.resultUrls, resolution: "720p" }, fallbackFlag: false },
    });
    const promptJson = JSON.parse((captured[0].body.data as { promptJson: string }).promptJson);
    expect(promptJson).toMatchObject({ aspectRatio: "16:9", model: "veo3_lite", prompt: "a paper boat" });
    expect(normalizeVeo(captured[0].body).state).toBe("succeeded");
    expect(before - sim.stats().credits).toBe(30);
    sim.close();
  });

  it("serves the portrait clip for 9:16, with originUrls", async () => {
    const { sim } = makeSim();
    const taskId = await create(sim, "/api/v1/veo/generate", { prompt: "tall", aspect_ratio: "9:16" });
    const data = await pollData(sim, "/api/v1/veo/record-info", taskId, (d) => d.successFlag !== 0);
    const response = data.response as { resultUrls: string[]; originUrls: string[] };
    expect(response.originUrls).toEqual(response.resultUrls);
    const { bytes } = await fetchBytes(sim, response.resultUrls[0]);
    expect(bytes.equals(fs.readFileSync(clipPath("clip-d-9x16.mp4")))).toBe(true);
    sim.close();
  });

  it.each([
    [{ aspect_ratio: "16:9" }, "prompt cannot be blank"],
    [
      { prompt: "x", generationType: "REFERENCE_2_VIDEO", model: "veo3", imageUrls: ["https://x/a.png"] },
      "veo3_fast",
    ],
    [{ prompt: "x", generationType: "REFERENCE_2_VIDEO" }, "1 to 3"],
    [{ prompt: "x", imageUrls: ["https://x/1", "https://x/2", "https://x/3"] }, "at most 2"],
    [{ prompt: "x", generationType: "FIRST_AND_LAST_FRAMES_2_VIDEO" }, "1 or 2"],
    [{ prompt: "x", aspect_ratio: "4:3" }, "aspect_ratio must be one of"],
    [{ prompt: "x", seeds: 5 }, "seeds must be an integer between 10000 and 99999"],
  ])("rejects %j with a Kie-style 422", async (body, message) => {
    const { sim } = makeSim();
    const res = await call(sim, "POST", "/api/v1/veo/generate", body);
    expect(res.json.code).toBe(422);
    expect(res.json.msg).toContain(message);
    sim.close();
  });

  it("fails [sim:fail] tasks with successFlag 2 and a code-400 callback", async () => {
    const { sim, captured } = makeSim();
    const taskId = await create(sim, "/api/v1/veo/generate", {
      prompt: "x [sim:fail]",
      callBackUrl: CALLBACK,
    });
    const data = await pollData(sim, "/api/v1/veo/record-info", taskId, (d) => d.successFlag !== 0);
    expect(data).toMatchObject({ successFlag: 2, errorCode: 400, response: null });
    await pollUntil(
      async () => captured.length,
      (n) => n >= 1,
    );
    expect(captured[0].body).toMatchObject({ code: 400, data: { taskId, fallbackFlag: false } });
    expect(normalizeVeo(captured[0].body).state).toBe("failed");
    expect((await call(sim, "GET", "/api/v1/veo/record-info?taskId=nope")).json.code).toBe(422);
    sim.close();
  });

  it("extends a finished video (new clip + stitched full video) and refuses unknown sources", async () => {
    const { sim, captured } = makeSim();
    const source = await create(sim, "/api/v1/veo/generate", { prompt: "a" });
    expect(
      (await call(sim, "POST", "/api/v1/veo/extend", { taskId: source, prompt: "more" })).json.code,
    ).toBe(422);
    await pollData(sim, "/api/v1/veo/record-info", source, (d) => d.successFlag !== 0);
    expect((await call(sim, "POST", "/api/v1/veo/extend", { taskId: "nope", prompt: "b" })).json.code).toBe(
      422,
    );
    expect(
      (await call(sim, "POST", "/api/v1/veo/extend", { taskId: source, prompt: "b", model: "veo3_fast" }))
        .json.msg,
    ).toContain("model must be one of: fast, quality, lite");
    const ext = await create(sim, "/api/v1/veo/extend", {
      taskId: source,
      prompt: "b",
      callBackUrl: CALLBACK,
    });
    const data = await pollData(sim, "/api/v1/veo/record-info", ext, (d) => d.successFlag !== 0);
    const response = data.response as { resultUrls: string[]; fullResultUrls: string[] };
    expect(response.fullResultUrls[0]).toMatch(/-full0\.mp4$/);
    expect(normalizeVeo({ code: 200, data }).outputs.map((o) => o.key)).toEqual(["video-0", "full-0"]);
    await pollUntil(
      async () => captured.length,
      (n) => n >= 1,
    );
    expect(captured[0].body.msg).toBe("Veo3.1 video extension successful.");
    sim.close();
  });

  it("1080p: 400 'processing' until ready, then 200 {resultUrl}; charged once", async () => {
    const { sim } = makeSim();
    const source = await create(sim, "/api/v1/veo/generate", { prompt: "hd" });
    await pollData(sim, "/api/v1/veo/record-info", source, (d) => d.successFlag !== 0);
    const credits = sim.stats().credits;
    const first = await call(sim, "GET", `/api/v1/veo/get-1080p-video?taskId=${source}&index=0`);
    expect(first.json).toMatchObject({ code: 400, msg: expect.stringContaining("1080P is processing") });
    expect(normalizeVeo1080p(first.json).state).toBe("running");
    const ready = await pollUntil(
      async () => (await call(sim, "GET", `/api/v1/veo/get-1080p-video?taskId=${source}`)).json,
      (j) => j.code === 200,
    );
    const url = (ready.data as { resultUrl: string }).resultUrl;
    expect(url).toMatch(/-hd0\.mp4$/);
    expect(normalizeVeo1080p(ready)).toMatchObject({ state: "succeeded", outputs: [{ url }] });
    const { res } = await fetchBytes(sim, url);
    expect(res.headers.get("content-type")).toBe("video/mp4");
    expect(credits - sim.stats().credits).toBe(5);
    expect((await call(sim, "GET", `/api/v1/veo/get-1080p-video?taskId=${source}&index=5`)).json.code).toBe(
      422,
    );
    sim.close();
  });

  it("4K: its own task, 422 while processing and once done, camel callback, mediaIds in record-info", async () => {
    const { sim, captured } = makeSim();
    const source = await create(sim, "/api/v1/veo/generate", { prompt: "uhd" });
    await pollData(sim, "/api/v1/veo/record-info", source, (d) => d.successFlag !== 0);
    const created = await call(sim, "POST", "/api/v1/veo/get-4k-video", {
      taskId: source,
      index: 0,
      callBackUrl: CALLBACK,
    });
    expect(created.json).toMatchObject({ code: 200, data: { resultUrls: null, imageUrls: null } });
    const uhd = (created.json.data as { taskId: string }).taskId;
    expect(uhd).not.toBe(source);
    expect(normalizeVeo4k(created.json).state).toBe("running");
    const again = await call(sim, "POST", "/api/v1/veo/get-4k-video", { taskId: source });
    expect(again.json).toMatchObject({ code: 422, msg: expect.stringContaining("4k is processing") });
    const data = await pollData(sim, "/api/v1/veo/record-info", uhd, (d) => d.successFlag !== 0);
    expect(data.response).toMatchObject({ resolution: "4k", mediaIds: [expect.any(String)] });
    expect(normalizeVeo4k({ code: 200, data }).outputs[0].key).toBe("video-4k-0");
    const done = await call(sim, "POST", "/api/v1/veo/get-4k-video", { taskId: source });
    expect(done.json).toMatchObject({ code: 422, msg: "The video has been generated successfully" });
    expect(normalizeVeo4k(done.json).state).toBe("succeeded");
    await pollUntil(
      async () => captured.length,
      (n) => n >= 1,
    );
    expect(captured[0].body).toMatchObject({
      code: 200,
      msg: "4K Video generated successfully.",
      data: {
        taskId: uhd,
        info: { resultUrls: [expect.stringMatching(/\.mp4$/)], imageUrls: [expect.stringMatching(/\.jpg$/)] },
      },
    });
    sim.close();
  });
});

describe("simulator: Runway", () => {
  it("walks wait → queueing → generating → success with a snake-case callback", async () => {
    const { sim, captured } = makeSim({ timeScale: 0.05 });
    const taskId = await create(sim, "/api/v1/runway/generate", {
      prompt: "balloon",
      duration: "5",
      quality: "720p",
      aspectRatio: "16:9",
      callBackUrl: CALLBACK,
    });
    const states: string[] = [];
    const data = await pollData(sim, "/api/v1/runway/record-detail", taskId, (d) => {
      states.push(String(d.state));
      return d.state === "success" || d.state === "fail";
    });
    const seen = [...new Set(states)];
    expect(seen[seen.length - 1]).toBe("success");
    for (const s of seen) expect(["wait", "queueing", "generating", "success"]).toContain(s);
    expect(seen).toContain("generating");
    expect(data).toMatchObject({ parentTaskId: "", failCode: null, expireFlag: 0 });
    const info = data.videoInfo as { videoUrl: string; imageUrl: string };
    expect((await fetchBytes(sim, info.videoUrl)).res.headers.get("content-type")).toBe("video/mp4");
    expect((await fetchBytes(sim, info.imageUrl)).res.headers.get("content-type")).toBe("image/jpeg");
    expect(normalizeRunway({ code: 200, data }).state).toBe("succeeded");
    await pollUntil(
      async () => captured.length,
      (n) => n >= 1,
    );
    expect(captured[0].body).toMatchObject({
      code: 200,
      msg: "All generated successfully.",
      data: { task_id: taskId, video_url: info.videoUrl, image_url: info.imageUrl },
    });

    const ext = await create(sim, "/api/v1/runway/extend", {
      taskId,
      prompt: "further",
      quality: "720p",
      callBackUrl: CALLBACK,
    });
    const extData = await pollData(sim, "/api/v1/runway/record-detail", ext, (d) => d.state === "success");
    expect(extData.parentTaskId).toBe(taskId);
    expect((await call(sim, "GET", "/api/v1/runway/record-detail?taskId=nope")).json).toMatchObject({
      code: 200,
      data: null,
    });
    sim.close();
  });

  it.each([
    [
      { prompt: "x", duration: 10, quality: "1080p", aspectRatio: "16:9", callBackUrl: CALLBACK },
      "10-second",
    ],
    [{ prompt: "x", duration: 5, quality: "720p", callBackUrl: CALLBACK }, "aspectRatio cannot be blank"],
    [{ prompt: "x", duration: 5, quality: "720p", aspectRatio: "16:9" }, "callBackUrl"],
    [{ prompt: "x", duration: 7, quality: "720p", aspectRatio: "16:9", callBackUrl: CALLBACK }, "duration"],
  ])("rejects %j", async (body, message) => {
    const { sim } = makeSim();
    const res = await call(sim, "POST", "/api/v1/runway/generate", body);
    expect(res.json.code).toBe(422);
    expect(res.json.msg).toContain(message);
    sim.close();
  });

  it("fails [sim:fail] with state fail, failCode 400 and empty callback fields", async () => {
    const { sim, captured } = makeSim();
    const taskId = await create(sim, "/api/v1/runway/generate", {
      prompt: "x [sim:fail]",
      imageUrl: "https://x/a.png",
      duration: 5,
      quality: "720p",
      callBackUrl: CALLBACK,
    });
    const data = await pollData(sim, "/api/v1/runway/record-detail", taskId, (d) => d.state === "fail");
    expect(data).toMatchObject({ failCode: 400, videoInfo: null });
    await pollUntil(
      async () => captured.length,
      (n) => n >= 1,
    );
    expect(captured[0].body).toMatchObject({ code: 400, data: { task_id: taskId, video_url: "" } });
    expect(normalizeRunway(captured[0].body).state).toBe("failed");
    sim.close();
  });
});

describe("simulator: Aleph", () => {
  it("answers the live record shape and a callback with a top-level taskId", async () => {
    const { sim, captured } = makeSim();
    const taskId = await create(sim, "/api/v1/aleph/generate", {
      prompt: "snowy",
      videoUrl: "https://example.com/in.mp4",
      aspectRatio: "9:16",
      callBackUrl: CALLBACK,
    });
    const pending = (await call(sim, "GET", `/api/v1/aleph/record-info?taskId=${taskId}`)).json.data as Rec;
    expect(pending).toMatchObject({ successFlag: 0, response: null, completeTime: null, errorCode: null });
    expect(typeof pending.createTime).toBe("number");
    const data = await pollData(sim, "/api/v1/aleph/record-info", taskId, (d) => d.successFlag !== 0);
    expect(data).toMatchObject({ successFlag: 1, errorCode: 0, errorMessage: "" });
    const url = (data.response as { resultVideoUrl: string }).resultVideoUrl;
    const { bytes } = await fetchBytes(sim, url);
    expect(bytes.equals(fs.readFileSync(clipPath("clip-d-9x16.mp4")))).toBe(true);
    expect(normalizeAleph({ code: 200, data }).state).toBe("succeeded");
    await pollUntil(
      async () => captured.length,
      (n) => n >= 1,
    );
    expect(captured[0].body).toMatchObject({ code: 200, taskId, data: { result_video_url: url } });
    expect((await call(sim, "GET", "/api/v1/aleph/record-info?taskId=nope")).json).toMatchObject({
      code: 200,
      data: null,
    });
    expect((await call(sim, "POST", "/api/v1/aleph/generate", { prompt: "x" })).json.msg).toContain(
      "videoUrl",
    );
    sim.close();
  });

  it("fails [sim:fail] with successFlag 3 and a data:null callback", async () => {
    const { sim, captured } = makeSim();
    const taskId = await create(sim, "/api/v1/aleph/generate", {
      prompt: "x [sim:fail]",
      videoUrl: "https://example.com/in.mp4",
      callBackUrl: CALLBACK,
    });
    const data = await pollData(sim, "/api/v1/aleph/record-info", taskId, (d) => d.successFlag !== 0);
    expect(data).toMatchObject({ successFlag: 3, errorCode: 500, response: null });
    await pollUntil(
      async () => captured.length,
      (n) => n >= 1,
    );
    expect(captured[0].body).toMatchObject({ code: 500, data: null, taskId });
    sim.close();
  });
});
