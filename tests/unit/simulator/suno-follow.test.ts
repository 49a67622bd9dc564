import { describe, expect, it } from "vitest";
import { call, fetchBytes, makeSim, parseWav, pollUntil } from "./helpers";
import { CALLBACK, create, finished, sourceSong } from "./suno-follow-helpers";

describe("simulator: Suno extend", () => {
  it("inherits the source's title and lyrics, runs text → first → complete and charges on success", async () => {
    const { sim, captured } = makeSim();
    const src = await sourceSong(sim);
    const before = sim.stats().credits;
    const taskId = await create(sim, "/api/v1/generate/extend", {
      defaultParamFlag: false,
      audioId: src.track.id,
      model: "V5",
      callBackUrl: CALLBACK,
    });
    const done = await finished(sim, taskId);
    expect(done).toMatchObject({ status: "SUCCESS", operationType: "extend", parentMusicId: src.track.id });
    expect(done.response.sunoData).toHaveLength(2);
    for (const track of done.response.sunoData) {
      expect(track).toMatchObject({ title: "Neon Harbour", tags: "dream pop, female vocals" });
      expect(track.prompt).toContain("Neon rain over the harbour");
      expect(track.duration).toBeGreaterThan(src.track.duration);
      const wav = parseWav((await fetchBytes(sim, track.audioUrl)).bytes);
      expect(Math.abs(wav.duration - track.duration)).toBeLessThan(0.05);
    }
    expect(sim.stats().credits).toBe(before - 12);
    await pollUntil(
      async () => captured.filter((c) => (c.body.data as { task_id: string }).task_id === taskId).length,
      (n) => n >= 3,
    );
    const stages = captured
      .filter((c) => (c.body.data as { task_id: string }).task_id === taskId)
      .map((c) => (c.body.data as { callbackType: string }).callbackType);
    expect(stages).toEqual(["text", "first", "complete"]);
    sim.close();
  });

  it("continues a custom extension at continueAt with the new title", async () => {
    const { sim } = makeSim();
    const src = await sourceSong(sim);
    const taskId = await create(sim, "/api/v1/generate/extend", {
      defaultParamFlag: true,
      audioId: src.track.id,
      model: "V5",
      continueAt: 10,
      prompt: "[Bridge]\nOne more time",
      style: "dream pop",
      title: "Neon Harbour II",
      callBackUrl: CALLBACK,
    });
    const done = await finished(sim, taskId);
    expect(done.response.sunoData[0].title).toBe("Neon Harbour II");
    expect(done.response.sunoData[0].prompt).toContain("One more time");
    for (const t of done.response.sunoData) expect(t.duration).toBeGreaterThanOrEqual(10 + 12);
    sim.close();
  });

  it("accepts a bogus audioId with a taskId, then fails the task (live behaviour)", async () => {
    const { sim } = makeSim();
    const before = sim.stats().credits;
    const taskId = await create(sim, "/api/v1/generate/extend", {
      defaultParamFlag: false,
      audioId: "not-a-real-audio-id",
      model: "V5",
      callBackUrl: CALLBACK,
    });
    expect(taskId).toMatch(/^[0-9a-f]{32}$/);
    const done = await finished(sim, taskId);
    expect(done.status).toBe("CREATE_TASK_FAILED");
    expect(done.errorMessage).toContain("not-a-real-audio-id");
    expect(sim.stats().credits).toBe(before);
    sim.close();
  });

  it("fails an extension whose model differs from the source's", async () => {
    const { sim } = makeSim();
    const src = await sourceSong(sim, "V4_5");
    const taskId = await create(sim, "/api/v1/generate/extend", {
      defaultParamFlag: false,
      audioId: src.track.id,
      model: "V5",
      callBackUrl: CALLBACK,
    });
    const done = await finished(sim, taskId);
    expect(done.status).toBe("CREATE_TASK_FAILED");
    expect(done.errorMessage).toContain("V4_5");
    sim.close();
  });

  it.each([
    [{ callBackUrl: undefined }, "Please enter callBackUrl."],
    [{ defaultParamFlag: undefined }, "defaultParamFlag cannot be null"],
    [{ audioId: "" }, "audioId cannot be blank"],
    [{ model: "V3_5" }, "model must be one of"],
    [{ defaultParamFlag: true, style: "pop", title: "T", continueAt: 10 }, "prompt cannot be blank"],
    [{ defaultParamFlag: true, prompt: "la", style: "pop", title: "T" }, "continueAt cannot be null"],
    [
      { defaultParamFlag: true, prompt: "la", style: "pop", title: "t".repeat(101), continueAt: 5 },
      "title cannot exceed 100",
    ],
    [
      {
        model: "V4_5ALL",
        defaultParamFlag: true,
        prompt: "la",
        style: "pop",
        title: "t".repeat(81),
        continueAt: 5,
      },
      "title cannot exceed 80",
    ],
  ])("rejects %o with a 422", async (patch, message) => {
    const { sim } = makeSim();
    const res = await call(sim, "POST", "/api/v1/generate/extend", {
      defaultParamFlag: false,
      audioId: "x",
      model: "V5",
      callBackUrl: CALLBACK,
      ...patch,
    });
    expect(res.json.code).toBe(422);
    expect(res.json.msg).toContain(message);
    expect(sim.stats().createsTotal).toBe(0);
  });
});

describe("simulator: Suno upload-cover / upload-extend", () => {
  it("covers one of our own tracks and echoes it in source_* fields", async () => {
    const { sim, captured } = makeSim();
    const src = await sourceSong(sim);
    const taskId = await create(sim, "/api/v1/generate/upload-cover", {
      uploadUrl: src.track.audioUrl,
      customMode: false,
      instrumental: false,
      model: "V5",
      prompt: "An acoustic ballad version",
      callBackUrl: CALLBACK,
    });
    const done = await finished(sim, taskId);
    expect(done.operationType).toBe("upload_cover");
    for (const track of done.response.sunoData) {
      expect(track).toMatchObject({
        sourceAudioUrl: src.track.audioUrl,
        sourceStreamAudioUrl: src.track.streamAudioUrl,
        sourceImageUrl: src.track.imageUrl,
        title: "Neon Harbour",
        duration: src.track.duration,
      });
    }
    const complete = await pollUntil(
      async () =>
        captured.find(
          (c) =>
            (c.body.data as { task_id: string; callbackType: string }).task_id === taskId &&
            (c.body.data as { callbackType: string }).callbackType === "complete",
        ),
      (c) => c !== undefined,
    );
    const first = (complete!.body.data as { data: Record<string, unknown>[] }).data[0];
    expect(first.source_audio_url).toBe(src.track.audioUrl);
    expect(first).toHaveProperty("source_stream_audio_url");
    expect(first).toHaveProperty("source_image_url");
    sim.close();
  });

  it("accepts an unreachable upload URL at create and fails the task with code 451", async () => {
    const { sim, captured } = makeSim();
    const taskId = await create(sim, "/api/v1/generate/upload-cover", {
      uploadUrl: "https://nowhere.example/song.mp3",
      customMode: false,
      instrumental: false,
      model: "V5",
      prompt: "A cover",
      callBackUrl: CALLBACK,
    });
    const done = await finished(sim, taskId);
    expect(done).toMatchObject({ status: "CREATE_TASK_FAILED", errorCode: 451 });
    expect(done.errorMessage).toContain("nowhere.example");
    await pollUntil(
      async () => captured.length,
      (n) => n >= 1,
    );
    expect(captured[0].body).toMatchObject({ code: 451, data: { callbackType: "error", task_id: taskId } });
    sim.close();
  });

  it("extends an upload past continueAt and rejects continueAt beyond its end", async () => {
    const { sim } = makeSim();
    const src = await sourceSong(sim);
    const ok = await finished(
      sim,
      await create(sim, "/api/v1/generate/upload-extend", {
        uploadUrl: src.track.audioUrl,
        defaultParamFlag: false,
        instrumental: false,
        model: "V5",
        prompt: "Carry on",
        callBackUrl: CALLBACK,
      }),
    );
    expect(ok).toMatchObject({ status: "SUCCESS", operationType: "upload_extend" });
    expect(ok.response.sunoData[0].sourceAudioUrl).toBe(src.track.audioUrl);
    const late = await finished(
      sim,
      await create(sim, "/api/v1/generate/upload-extend", {
        uploadUrl: src.track.audioUrl,
        defaultParamFlag: true,
        instrumental: true,
        model: "V5",
        style: "ambient",
        title: "Late",
        continueAt: 500,
        callBackUrl: CALLBACK,
      }),
    );
    expect(late.status).toBe("CREATE_TASK_FAILED");
    expect(late.errorMessage).toContain("continueAt");
    sim.close();
  });

  it.each([
    [
      "/api/v1/generate/upload-cover",
      { customMode: true, instrumental: false, style: "x", title: "y" },
      "prompt cannot be blank",
    ],
    [
      "/api/v1/generate/upload-cover",
      { customMode: false, instrumental: false, prompt: "x".repeat(501) },
      "prompt cannot exceed 500",
    ],
    [
      "/api/v1/generate/upload-extend",
      { defaultParamFlag: true, instrumental: true, style: "x", title: "y" },
      "continueAt cannot be null",
    ],
    [
      "/api/v1/generate/upload-extend",
      { defaultParamFlag: false, instrumental: false },
      "prompt cannot be blank",
    ],
  ])("%s rejects %o", async (path, patch, message) => {
    const { sim } = makeSim();
    const res = await call(sim, "POST", path, {
      uploadUrl: "https://x.test/a.mp3",
      model: "V5",
      callBackUrl: CALLBACK,
      ...patch,
    });
    expect(res.json).toMatchObject({ code: 422 });
    expect(res.json.msg).toContain(message);
  });
});

describe("simulator: add-instrumental / add-vocals", () => {
  it("keeps the vocals' lyrics under a new accompaniment, defaulting to V4_5PLUS", async () => {
    const { sim } = makeSim();
    const src = await sourceSong(sim);
    const taskId = await create(sim, "/api/v1/generate/add-instrumental", {
      uploadUrl: src.track.audioUrl,
      title: "Harbour Backing",
      tags: "strings, soft drums",
      negativeTags: "metal",
      callBackUrl: CALLBACK,
    });
    const done = await finished(sim, taskId);
    expect(done.operationType).toBe("add_instrumental");
    expect(done.response.sunoData[0]).toMatchObject({
      title: "Harbour Backing",
      tags: "strings, soft drums",
      modelName: "chirp-v4-5-plus",
      duration: src.track.duration,
    });
    expect(done.response.sunoData[0].prompt).toContain("Neon rain");
    expect(done.response.sunoData[0]).not.toHaveProperty("sourceAudioUrl");
    sim.close();
  });

  it("sings the given lyrics over an instrumental", async () => {
    const { sim } = makeSim();
    const src = await sourceSong(sim);
    const done = await finished(
      sim,
      await create(sim, "/api/v1/generate/add-vocals", {
        uploadUrl: src.track.audioUrl,
        prompt: "[Verse]\nNew words here",
        title: "Sung",
        style: "soulful",
        negativeTags: "rap",
        model: "V5",
        callBackUrl: CALLBACK,
      }),
    );
    expect(done.response.sunoData).toHaveLength(2);
    expect(done.response.sunoData[1]).toMatchObject({ prompt: "[Verse]\nNew words here", title: "Sung" });
    sim.close();
  });

  it.each([
    ["/api/v1/generate/add-instrumental", { title: "t", tags: "x" }, "negativeTags cannot be blank"],
    [
      "/api/v1/generate/add-instrumental",
      { title: "t", tags: "x", negativeTags: "y", model: "V4" },
      "model must be one of: V4_5PLUS, V5, V5_5",
    ],
    ["/api/v1/generate/add-vocals", { title: "t", style: "x", negativeTags: "y" }, "prompt cannot be blank"],
  ])("%s rejects %o", async (path, patch, message) => {
    const { sim } = makeSim();
    const res = await call(sim, "POST", path, {
      uploadUrl: "https://x.test/a.mp3",
      callBackUrl: CALLBACK,
      ...patch,
    });
    expect(res.json.code).toBe(422);
    expect(res.json.msg).toContain(message);
  });
});
