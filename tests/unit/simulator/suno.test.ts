import { describe, expect, it } from "vitest";
import { call, fetchBytes, imageMeta, makeSim, parseWav, pollUntil } from "./helpers";

const SIMPLE = {
  customMode: false,
  instrumental: false,
  model: "V5",
  prompt: "A dreamy synthwave song about neon rain over the harbour",
  callBackUrl: "https://app.test/api/kie/callback/suno",
};

type SunoTrack = Record<string, unknown> & { audioUrl: string; streamAudioUrl: string; duration: number };
type SunoRecord = {
  taskId: string;
  status: string;
  param: string;
  errorCode: number | null;
  response: { sunoData: SunoTrack[] };
};

describe("simulator: Suno generate", () => {
  it("moves PENDING -> TEXT_SUCCESS -> FIRST_SUCCESS -> SUCCESS with two real tracks and callbacks", async () => {
    const { sim, captured } = makeSim({ timeScale: 0.02 });
    const created = await call(sim, "POST", "/api/v1/generate", SIMPLE);
    expect(created.status).toBe(200);
    expect(created.json.code).toBe(200);
    const { taskId } = created.json.data as { taskId: string };
    expect(taskId).toMatch(/^[0-9a-f]{32}$/);

    const seen: string[] = [];
    const read = async () => (await call(sim, "GET", `/api/v1/generate/record-info?taskId=${taskId}`)).json;
    const final = await pollUntil(read, (body) => {
      const record = body.data as SunoRecord;
      if (seen.at(-1) !== record.status) seen.push(record.status);
      if (record.status === "FIRST_SUCCESS") {
        expect(record.response.sunoData).toHaveLength(1);
        expect(record.response.sunoData[0].audioUrl).toBe("");
        expect(record.response.sunoData[0].streamAudioUrl).toMatch(/\.wav$/);
      }
      return record.status === "SUCCESS";
    });
    expect(seen).toEqual(["PENDING", "TEXT_SUCCESS", "FIRST_SUCCESS", "SUCCESS"]);

    const record = final.data as SunoRecord;
    expect(JSON.parse(record.param)).toMatchObject({ model: "V5", prompt: SIMPLE.prompt });
    const tracks = record.response.sunoData;
    expect(tracks).toHaveLength(2);
    for (const track of tracks) {
      expect(track).toMatchObject({
        modelName: "chirp-v5",
        title: expect.any(String),
        tags: expect.any(String),
      });
      expect(track.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(String(track.prompt)).toContain("[Verse]");
      const { res, bytes } = await fetchBytes(sim, track.audioUrl);
      expect(res.headers.get("content-type")).toBe("audio/wav");
      const wav = parseWav(bytes);
      expect(wav).toMatchObject({ audioFormat: 1, channels: 1, sampleRate: 22050, bitsPerSample: 16 });
      expect(Math.abs(wav.duration - track.duration)).toBeLessThan(0.05);
      expect(track.duration).toBeGreaterThanOrEqual(24);
      expect(track.duration).toBeLessThanOrEqual(40);
      const cover = await fetchBytes(sim, String(track.imageUrl));
      expect(await imageMeta(cover.bytes)).toMatchObject({ format: "png", width: 512, height: 512 });
    }
    expect(tracks[0].duration).not.toBe(tracks[1].duration);

    await pollUntil(
      async () => captured.length,
      (n) => n >= 3,
    );
    const types = captured.map((c) => (c.body.data as { callbackType: string }).callbackType);
    expect(types).toEqual(["text", "first", "complete"]);
    const complete = captured[2].body as {
      code: number;
      msg: string;
      data: { task_id: string; data: unknown[] };
    };
    expect(complete).toMatchObject({ code: 200, msg: "All generated successfully." });
    expect(complete.data.task_id).toBe(taskId);
    expect(complete.data.data).toHaveLength(2);
    expect(Object.keys(complete.data.data[0] as object)).toEqual(
      expect.arrayContaining(["audio_url", "stream_audio_url", "image_url", "model_name", "duration"]),
    );
    expect((captured[0].body.data as { data: unknown[] }).data).toEqual([]);
    expect((captured[1].body.data as { data: unknown[] }).data).toHaveLength(1);
    sim.close();
  });

  it("answers unknown ids with code 200 and data null", async () => {
    const { sim } = makeSim();
    const res = await call(
      sim,
      "GET",
      "/api/v1/generate/record-info?taskId=0123456789abcdef0123456789abcdef",
    );
    expect(res.json).toEqual({ code: 200, msg: "success", data: null });
  });

  it("requires callBackUrl with Kie's live message", async () => {
    const { sim } = makeSim();
    const { callBackUrl: _omit, ...withoutCallback } = SIMPLE;
    const res = await call(sim, "POST", "/api/v1/generate", withoutCallback);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ code: 422, msg: "Please enter callBackUrl.", data: null });
    expect(sim.stats().createsTotal).toBe(0);
  });

  it.each([
    [{ customMode: undefined }, "customMode cannot be null"],
    [{ instrumental: "yes" }, "instrumental must be a boolean"],
    [{ model: "V3_5" }, "model must be one of"],
    [{ prompt: "x".repeat(501) }, "prompt cannot exceed 500 characters"],
    [{ customMode: true, title: "T", prompt: "la la" }, "style cannot be blank"],
    [{ customMode: true, style: "pop", prompt: "la la" }, "title cannot be blank"],
    [{ customMode: true, style: "pop", title: "T", prompt: "" }, "prompt cannot be blank"],
    [
      { customMode: true, model: "V4", style: "s".repeat(201), title: "T" },
      "style cannot exceed 200 characters",
    ],
    [
      { customMode: true, style: "pop", title: "t".repeat(81), prompt: "x" },
      "title cannot exceed 80 characters",
    ],
    [{ styleWeight: 1.5 }, "styleWeight must be a number between 0 and 1"],
    [{ vocalGender: "x" }, "vocalGender must be one of: m, f"],
  ])("rejects %o with 422", async (patch, message) => {
    const { sim } = makeSim();
    const res = await call(sim, "POST", "/api/v1/generate", { ...SIMPLE, ...patch });
    expect(res.json.code).toBe(422);
    expect(res.json.msg).toContain(message);
    expect(res.json.data).toBeNull();
  });

  it("accepts custom instrumental without a prompt and writes no lyrics", async () => {
    const { sim } = makeSim();
    const body = { ...SIMPLE, customMode: true, instrumental: true, style: "lo-fi piano", title: "Rain" };
    delete (body as Partial<typeof SIMPLE>).prompt;
    const { taskId } = (await call(sim, "POST", "/api/v1/generate", body)).json.data as { taskId: string };
    const done = await pollUntil(
      async () =>
        (await call(sim, "GET", `/api/v1/generate/record-info?taskId=${taskId}`)).json.data as SunoRecord,
      (r) => r.status === "SUCCESS",
    );
    expect(done.response.sunoData[0]).toMatchObject({ prompt: "", title: "Rain", tags: "lo-fi piano" });
    sim.close();
  });

  it("fails at the end for [sim:fail] with an error callback and no charge", async () => {
    const { sim, captured } = makeSim();
    const before = sim.stats().credits;
    const { taskId } = (await call(sim, "POST", "/api/v1/generate", { ...SIMPLE, prompt: "boom [sim:fail]" }))
      .json.data as { taskId: string };
    const failed = await pollUntil(
      async () =>
        (await call(sim, "GET", `/api/v1/generate/record-info?taskId=${taskId}`)).json.data as SunoRecord,
      (r) => r.status !== "PENDING" && r.status !== "TEXT_SUCCESS",
    );
    expect(failed).toMatchObject({ status: "GENERATE_AUDIO_FAILED", errorCode: 501 });
    expect(failed.response.sunoData).toEqual([]);
    await pollUntil(
      async () => captured.length,
      (n) => n >= 2,
    );
    expect(captured.at(-1)?.body).toMatchObject({
      code: 501,
      data: { callbackType: "error", task_id: taskId },
    });
    expect(sim.stats().credits).toBe(before);
    sim.close();
  });
});
