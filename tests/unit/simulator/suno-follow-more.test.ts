import { describe, expect, it } from "vitest";
import { call, fetchBytes, makeSim, parseWav, pollUntil } from "./helpers";
import { CALLBACK, create, finished, sourceSong } from "./suno-follow-helpers";

const section = (taskId: string, audioId: string, patch: Record<string, unknown> = {}) => ({
  taskId,
  audioId,
  prompt: "[Chorus]\nNew chorus words",
  tags: "dream pop",
  title: "Neon Harbour (New Chorus)",
  infillStartS: 4,
  infillEndS: 12.5,
  fullLyrics: "[Verse]\nNeon rain\n[Chorus]\nNew chorus words",
  callBackUrl: CALLBACK,
  ...patch,
});

describe("simulator: Suno replace-section", () => {
  it("re-sings a section into one track as long as the source", async () => {
    const { sim } = makeSim();
    const src = await sourceSong(sim);
    const done = await finished(
      sim,
      await create(sim, "/api/v1/generate/replace-section", section(src.taskId, src.track.id)),
    );
    expect(done).toMatchObject({ status: "SUCCESS", operationType: "replace_section" });
    expect(done.response.sunoData).toHaveLength(1);
    expect(done.response.sunoData[0]).toMatchObject({
      title: "Neon Harbour (New Chorus)",
      prompt: "[Verse]\nNeon rain\n[Chorus]\nNew chorus words",
      duration: src.track.duration,
    });
    sim.close();
  });

  it("answers a missing fullLyrics with Kie's live 422", async () => {
    const { sim } = makeSim();
    const { fullLyrics: _omit, ...body } = section("t", "a");
    expect((await call(sim, "POST", "/api/v1/generate/replace-section", body)).json).toEqual({
      code: 422,
      msg: "fullLyrics cannot be blank",
      data: null,
    });
  });

  it.each([
    [{ infillEndS: 8 }, "between 6 and 60 seconds"],
    [{ infillStartS: 4, infillEndS: 70 }, "between 6 and 60 seconds"],
    [{ infillEndS: 3 }, "infillEndS must be greater than infillStartS"],
    [{ infillStartS: 4.125 }, "infillStartS can have at most 2 decimal places"],
    [{ callBackUrl: "" }, "Please enter callBackUrl."],
  ])("rejects %o", async (patch, message) => {
    const { sim } = makeSim();
    const res = await call(sim, "POST", "/api/v1/generate/replace-section", section("t", "a", patch));
    expect(res.json.code).toBe(422);
    expect(res.json.msg).toContain(message);
  });

  it("fails a section longer than half the song later, with a data.error callback", async () => {
    const { sim, captured } = makeSim();
    const src = await sourceSong(sim);
    const half = src.track.duration / 2;
    const taskId = await create(
      sim,
      "/api/v1/generate/replace-section",
      section(src.taskId, src.track.id, { infillStartS: 0, infillEndS: Math.ceil(half + 1) }),
    );
    const done = await finished(sim, taskId);
    expect(done.status).toBe("CREATE_TASK_FAILED");
    expect(done.errorMessage).toContain("50%");
    const cb = await pollUntil(
      async () => captured.find((c) => (c.body.data as { task_id: string }).task_id === taskId),
      (c) => c !== undefined,
    );
    expect(cb!.body).toMatchObject({ code: 400, data: { callbackType: "error", task_id: taskId } });
    expect((cb!.body.data as { error: string }).error).toContain("50%");
    expect(cb!.body.data).not.toHaveProperty("data");
    sim.close();
  });

  it("fails a section of a track that is not in the named task", async () => {
    const { sim } = makeSim();
    const src = await sourceSong(sim);
    const other = "0123456789abcdef0123456789abcdef";
    const done = await finished(
      sim,
      await create(sim, "/api/v1/generate/replace-section", section(other, src.track.id)),
    );
    expect(done.status).toBe("CREATE_TASK_FAILED");
    sim.close();
  });
});

describe("simulator: Suno mashup", () => {
  it("blends exactly two of our tracks into two takes", async () => {
    const { sim } = makeSim();
    const a = await sourceSong(sim);
    const b = await sourceSong(sim);
    const done = await finished(
      sim,
      await create(sim, "/api/v1/generate/mashup", {
        uploadUrlList: [a.track.audioUrl, b.track.audioUrl],
        customMode: false,
        model: "V5",
        prompt: "Blend both into a dance track",
        callBackUrl: CALLBACK,
      }),
    );
    expect(done).toMatchObject({ status: "SUCCESS", operationType: "mashup" });
    expect(done.response.sunoData).toHaveLength(2);
    sim.close();
  });

  it.each([
    [["https://x.test/a.mp3"], "exactly 2"],
    [["https://x.test/a.mp3", "https://x.test/b.mp3", "https://x.test/c.mp3"], "exactly 2"],
    ["https://x.test/a.mp3", "must be an array"],
  ])("rejects uploadUrlList %o", async (list, message) => {
    const { sim } = makeSim();
    const res = await call(sim, "POST", "/api/v1/generate/mashup", {
      uploadUrlList: list,
      customMode: false,
      model: "V5",
      prompt: "x",
      callBackUrl: CALLBACK,
    });
    expect(res.json.code).toBe(422);
    expect(res.json.msg).toContain(message);
  });
});

describe("simulator: Suno sounds", () => {
  it("renders a loop of four bars at the requested tempo", async () => {
    const { sim } = makeSim();
    const done = await finished(
      sim,
      await create(sim, "/api/v1/generate/sounds", {
        prompt: "A warm lo-fi drum loop",
        model: "V5",
        soundLoop: true,
        soundTempo: 96,
        soundKey: "Am",
        callBackUrl: CALLBACK,
      }),
    );
    expect(done.operationType).toBe("sounds");
    const track = done.response.sunoData[0];
    expect(track.duration).toBe(10); // 4 bars × 4 beats × 60 / 96
    expect(track.tags).toBe("Am, 96 bpm, loop");
    expect(track.prompt).toBe("");
    expect(parseWav((await fetchBytes(sim, track.audioUrl)).bytes).duration).toBeCloseTo(10, 2);
    sim.close();
  });

  it.each([
    [{ model: "V4_5" }, "model must be one of: V5, V5_5"],
    [{ soundTempo: 301 }, "soundTempo must be an integer between 1 and 300"],
    [{ soundKey: "H" }, "soundKey must be one of: Any, Cm"],
    [{ prompt: "x".repeat(501) }, "prompt cannot exceed 500"],
  ])("rejects %o", async (patch, message) => {
    const { sim } = makeSim();
    const res = await call(sim, "POST", "/api/v1/generate/sounds", {
      prompt: "rain",
      model: "V5",
      callBackUrl: CALLBACK,
      ...patch,
    });
    expect(res.json.code).toBe(422);
    expect(res.json.msg).toContain(message);
  });
});

describe("simulator: follow-ups honour [sim:fail]", () => {
  it("fails after the text stage with a 501 error callback and no charge", async () => {
    const { sim, captured } = makeSim();
    const before = sim.stats().credits;
    const taskId = await create(sim, "/api/v1/generate/sounds", {
      prompt: "thunder [sim:fail]",
      model: "V5",
      callBackUrl: CALLBACK,
    });
    const done = await finished(sim, taskId);
    expect(done).toMatchObject({ status: "GENERATE_AUDIO_FAILED", errorCode: 501 });
    await pollUntil(
      async () => captured.length,
      (n) => n >= 2,
    );
    expect(captured.map((c) => (c.body.data as { callbackType: string }).callbackType)).toEqual([
      "text",
      "error",
    ]);
    expect(sim.stats().credits).toBe(before);
    sim.close();
  });
});
