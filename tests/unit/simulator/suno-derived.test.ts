import { describe, expect, it } from "vitest";
import type { Simulator } from "@/lib/kie/simulator";
import { normalizeSunoCover } from "@/lib/ops/status/suno-cover";
import { normalizeSunoMp4, normalizeSunoWav } from "@/lib/ops/status/suno-files";
import { normalizeSunoLyrics } from "@/lib/ops/status/suno-lyrics";
import { normalizeSunoMidi } from "@/lib/ops/status/suno-midi";
import {
  normalizeSunoPersona,
  normalizeSunoStyle,
  normalizeSunoTimestampedLyrics,
} from "@/lib/ops/status/suno-sync";
import { normalizeSunoVocal } from "@/lib/ops/status/suno-vocal";
import { type Captured, call, fetchBytes, imageMeta, makeSim, parseWav, pollUntil } from "./helpers";

const CB = "https://app.test/api/kie/callback/derived";
type Track = { id: string; duration: number; prompt: string; audioUrl: string };

async function finishedSong(sim: Simulator, prompt = "A dreamy synthwave song about neon rain") {
  const created = await call(sim, "POST", "/api/v1/generate", {
    customMode: false,
    instrumental: false,
    model: "V5",
    prompt,
    callBackUrl: CB,
  });
  const { taskId } = created.json.data as { taskId: string };
  const record = await pollUntil(
    async () =>
      (await call(sim, "GET", `/api/v1/generate/record-info?taskId=${taskId}`)).json.data as {
        status: string;
        response: { sunoData: Track[] };
      },
    (r) => r.status === "SUCCESS",
  );
  return { taskId, tracks: record.response.sunoData };
}

async function pollRecord(
  sim: Simulator,
  path: string,
  taskId: string,
  done: (data: Record<string, unknown>) => boolean,
) {
  const body = await pollUntil(
    async () => (await call(sim, "GET", `${path}?taskId=${taskId}`)).json,
    (b) => b.data !== null && done(b.data as Record<string, unknown>),
  );
  return body;
}

const callbacksFor = (captured: Captured[], taskId: string) =>
  captured.filter((c) => {
    const d = c.body.data as Record<string, unknown> | null;
    return d?.task_id === taskId || d?.taskId === taskId;
  });

describe("simulator: Suno lyrics", () => {
  it("writes 2–3 titled variations, deterministic per prompt, polled and called back", async () => {
    const { sim, captured } = makeSim();
    const prompt = "A song about a peaceful night in the city";
    const created = await call(sim, "POST", "/api/v1/lyrics", { prompt, callBackUrl: CB });
    const { taskId } = created.json.data as { taskId: string };
    expect((await call(sim, "GET", `/api/v1/lyrics/record-info?taskId=${taskId}`)).json.data).toMatchObject({
      status: "PENDING",
      type: "LYRICS",
    });
    const done = await pollRecord(sim, "/api/v1/lyrics/record-info", taskId, (d) => d.status === "SUCCESS");
    const status = normalizeSunoLyrics(done);
    expect(status.state).toBe("succeeded");
    expect(status.outputs.length).toBeGreaterThanOrEqual(2);
    expect(status.outputs.length).toBeLessThanOrEqual(3);
    expect(new Set(status.outputs.map((o) => o.title)).size).toBe(status.outputs.length);
    for (const o of status.outputs) expect(o.inline?.text).toContain("[Chorus]");

    const again = await call(sim, "POST", "/api/v1/lyrics", { prompt, callBackUrl: CB });
    const againId = (again.json.data as { taskId: string }).taskId;
    const second = await pollRecord(
      sim,
      "/api/v1/lyrics/record-info",
      againId,
      (d) => d.status === "SUCCESS",
    );
    expect(normalizeSunoLyrics(second).outputs.map((o) => o.inline)).toEqual(
      status.outputs.map((o) => o.inline),
    );

    await pollUntil(
      async () => callbacksFor(captured, taskId).length,
      (n) => n >= 1,
    );
    const callback = callbacksFor(captured, taskId)[0].body;
    expect(callback).toMatchObject({
      code: 200,
      msg: "All generated successfully.",
      data: { callbackType: "complete" },
    });
    expect(normalizeSunoLyrics(callback).outputs.map((o) => o.title)).toEqual(
      status.outputs.map((o) => o.title),
    );
    sim.close();
  });

  it("validates like Kie and honours [sim:fail]", async () => {
    const { sim, captured } = makeSim();
    expect((await call(sim, "POST", "/api/v1/lyrics", { prompt: "x" })).json).toMatchObject({
      code: 422,
      msg: "Please enter callBackUrl.",
    });
    expect(
      (await call(sim, "POST", "/api/v1/lyrics", { prompt: "x".repeat(201), callBackUrl: CB })).json.code,
    ).toBe(413);
    expect(
      (await call(sim, "GET", "/api/v1/lyrics/record-info?taskId=ffffffffffffffffffffffffffffffff")).json,
    ).toEqual({
      code: 200,
      msg: "success",
      data: null,
    });
    const created = await call(sim, "POST", "/api/v1/lyrics", {
      prompt: "a song [sim:fail]",
      callBackUrl: CB,
    });
    const { taskId } = created.json.data as { taskId: string };
    const done = await pollRecord(sim, "/api/v1/lyrics/record-info", taskId, (d) => d.status !== "PENDING");
    expect(normalizeSunoLyrics(done)).toMatchObject({ state: "failed", upstream: "SENSITIVE_WORD_ERROR" });
    await pollUntil(
      async () => callbacksFor(captured, taskId).length,
      (n) => n >= 1,
    );
    expect(callbacksFor(captured, taskId)[0].body).toMatchObject({
      code: 400,
      data: { callbackType: "complete", data: null },
    });
    sim.close();
  });
});

describe("simulator: WAV, video and cover art from a finished song", () => {
  it("converts a track to WAV (same audio), refuses a second WAV with 409", async () => {
    const { sim, captured } = makeSim();
    const song = await finishedSong(sim);
    const track = song.tracks[1];
    expect(
      (await call(sim, "POST", "/api/v1/wav/generate", { taskId: song.taskId, audioId: track.id })).json.msg,
    ).toBe("Please enter callBackUrl.");
    expect(
      (
        await call(sim, "POST", "/api/v1/wav/generate", {
          taskId: song.taskId,
          audioId: "nope",
          callBackUrl: CB,
        })
      ).json,
    ).toEqual({ code: 422, msg: "Record does not exist", data: null });

    const created = await call(sim, "POST", "/api/v1/wav/generate", {
      taskId: song.taskId,
      audioId: track.id,
      callBackUrl: CB,
    });
    const { taskId } = created.json.data as { taskId: string };
    const dup = await call(sim, "POST", "/api/v1/wav/generate", {
      taskId: song.taskId,
      audioId: track.id,
      callBackUrl: CB,
    });
    expect(dup.json).toMatchObject({ code: 409, msg: "WAV record already exists" });

    const done = await pollRecord(sim, "/api/v1/wav/record-info", taskId, (d) => d.successFlag === "SUCCESS");
    expect(done.data).toMatchObject({ musicId: track.id, musicIndex: 1 });
    const status = normalizeSunoWav(done);
    expect(status.state).toBe("succeeded");
    const wav = await fetchBytes(sim, status.outputs[0].url);
    const original = await fetchBytes(sim, track.audioUrl);
    expect(parseWav(wav.bytes).duration).toBeCloseTo(track.duration, 1);
    expect(wav.bytes.equals(original.bytes)).toBe(true);
    await pollUntil(
      async () => callbacksFor(captured, taskId).length,
      (n) => n >= 1,
    );
    expect(normalizeSunoWav(callbacksFor(captured, taskId)[0].body).outputs[0].url).toBe(
      status.outputs[0].url,
    );
    sim.close();
  });

  it("renders a music video as a real MP4 and checks author/domainName limits", async () => {
    const { sim, captured } = makeSim();
    const song = await finishedSong(sim);
    const base = { taskId: song.taskId, audioId: song.tracks[0].id, callBackUrl: CB };
    expect(
      (await call(sim, "POST", "/api/v1/mp4/generate", { ...base, author: "a".repeat(51) })).json.code,
    ).toBe(422);
    const created = await call(sim, "POST", "/api/v1/mp4/generate", {
      ...base,
      author: "Nova Lane",
      domainName: "x.test",
    });
    const { taskId } = created.json.data as { taskId: string };
    const done = await pollRecord(sim, "/api/v1/mp4/record-info", taskId, (d) => d.successFlag === "SUCCESS");
    const status = normalizeSunoMp4(done);
    const { res, bytes } = await fetchBytes(sim, status.outputs[0].url);
    expect(res.headers.get("content-type")).toBe("video/mp4");
    expect(bytes.toString("ascii", 4, 8)).toBe("ftyp");
    await pollUntil(
      async () => callbacksFor(captured, taskId).length,
      (n) => n >= 1,
    );
    expect(callbacksFor(captured, taskId)[0].body).toMatchObject({
      code: 200,
      data: { video_url: status.outputs[0].url },
    });

    const failing = await call(sim, "POST", "/api/v1/mp4/generate", { ...base, author: "[sim:fail]" });
    const failId = (failing.json.data as { taskId: string }).taskId;
    const failed = await pollRecord(
      sim,
      "/api/v1/mp4/record-info",
      failId,
      (d) => d.successFlag !== "PENDING",
    );
    expect(normalizeSunoMp4(failed)).toMatchObject({ state: "failed", upstream: "GENERATE_MP4_FAILED" });
    sim.close();
  });

  it("makes two cover PNGs, passing through successFlag 2, once per music task", async () => {
    const { sim, captured } = makeSim({ timeScale: 0.02 });
    const song = await finishedSong(sim);
    expect(
      (await call(sim, "POST", "/api/v1/suno/cover/generate", { taskId: "f".repeat(32), callBackUrl: CB }))
        .json,
    ).toEqual({
      code: 422,
      msg: "Original music record does not exist",
      data: null,
    });
    const created = await call(sim, "POST", "/api/v1/suno/cover/generate", {
      taskId: song.taskId,
      callBackUrl: CB,
    });
    const { taskId } = created.json.data as { taskId: string };
    const repeat = await call(sim, "POST", "/api/v1/suno/cover/generate", {
      taskId: song.taskId,
      callBackUrl: CB,
    });
    expect(repeat.json).toMatchObject({ code: 400, data: { taskId } });

    const flags = new Set<number>();
    const done = await pollRecord(sim, "/api/v1/suno/cover/record-info", taskId, (d) => {
      flags.add(d.successFlag as number);
      return d.successFlag === 1;
    });
    expect(flags.has(2)).toBe(true);
    expect(done.data).toMatchObject({ parentTaskId: song.taskId });
    const status = normalizeSunoCover(done);
    expect(status.outputs).toHaveLength(2);
    const [a, b] = await Promise.all(status.outputs.map((o) => fetchBytes(sim, o.url)));
    expect(await imageMeta(a.bytes)).toMatchObject({ format: "png", width: 1024, height: 1024 });
    expect(a.bytes.equals(b.bytes)).toBe(false);
    await pollUntil(
      async () => callbacksFor(captured, taskId).length,
      (n) => n >= 1,
    );
    expect(callbacksFor(captured, taskId)[0].body).toMatchObject({
      code: 200,
      data: { taskId, images: expect.any(Array) },
    });
    sim.close();
  });
});

describe("simulator: stems and MIDI", () => {
  it("splits stems into distinct WAVs whose ids feed MIDI", async () => {
    const { sim, captured } = makeSim();
    const song = await finishedSong(sim);
    const track = song.tracks[0];
    const created = await call(sim, "POST", "/api/v1/vocal-removal/generate", {
      taskId: song.taskId,
      audioId: track.id,
      type: "split_stem",
      callBackUrl: CB,
    });
    const { taskId } = created.json.data as { taskId: string };
    expect(
      (await call(sim, "POST", "/api/v1/midi/generate", { taskId, callBackUrl: CB })).json,
      "MIDI before the separation finished",
    ).toMatchObject({ code: 422, msg: "Record does not exist" });

    const done = await pollRecord(
      sim,
      "/api/v1/vocal-removal/record-info",
      taskId,
      (d) => d.successFlag === "SUCCESS",
    );
    const status = normalizeSunoVocal(done);
    expect(status.state).toBe("succeeded");
    expect(status.outputs.length).toBeGreaterThanOrEqual(5);
    expect(status.outputs.map((o) => o.key)).toEqual(
      expect.arrayContaining(["stem-vocals", "stem-drums", "stem-bass"]),
    );
    const hashes = new Set<string>();
    for (const stem of status.outputs) {
      expect(stem.providerId).toMatch(/^[0-9a-f-]{36}$/);
      const { bytes } = await fetchBytes(sim, stem.url);
      const wav = parseWav(bytes);
      expect(wav.duration).toBeCloseTo(track.duration, 1);
      const samples = new Int16Array(bytes.buffer, bytes.byteOffset + 44, (bytes.length - 44) / 2);
      let peak = 0;
      for (const v of samples) peak = Math.max(peak, Math.abs(v));
      expect(peak, `${stem.title} is audible`).toBeGreaterThan(10_000);
      hashes.add(bytes.toString("base64", 44, 20_044));
    }
    expect(hashes.size).toBe(status.outputs.length);

    await pollUntil(
      async () => callbacksFor(captured, taskId).length,
      (n) => n >= 1,
    );
    const callback = normalizeSunoVocal(callbacksFor(captured, taskId)[0].body);
    expect(callback.outputs.map((o) => o.url).sort()).toEqual(status.outputs.map((o) => o.url).sort());

    const drums = status.outputs.find((o) => o.key === "stem-drums")!;
    expect(
      (await call(sim, "POST", "/api/v1/midi/generate", { taskId, audioId: "nope", callBackUrl: CB })).json
        .code,
    ).toBe(422);
    const midi = await call(sim, "POST", "/api/v1/midi/generate", {
      taskId,
      audioId: drums.providerId,
      callBackUrl: CB,
    });
    const midiId = (midi.json.data as { taskId: string }).taskId;
    const midiDone = await pollRecord(sim, "/api/v1/midi/record-info", midiId, (d) => d.successFlag === 1);
    const midiStatus = normalizeSunoMidi(midiDone);
    expect(midiStatus.outputs[0]).toMatchObject({ kind: "midi", providerId: drums.providerId });
    expect(midiStatus.outputs[0].meta).toMatchObject({ instruments: [{ name: "Drums" }] });
    expect((midiStatus.outputs[0].meta as { noteCount: number }).noteCount).toBeGreaterThan(20);
    expect(Buffer.from(midiStatus.outputs[0].inline!.base64!, "base64").toString("ascii", 0, 4)).toBe("MThd");

    await pollUntil(
      async () => callbacksFor(captured, midiId).length,
      (n) => n >= 1,
    );
    const midiCallback = callbacksFor(captured, midiId)[0].body as {
      data: { instruments: Array<{ notes: Array<{ end: unknown }> }> };
    };
    expect(typeof midiCallback.data.instruments[0].notes[0].end).toBe("string");
    expect(normalizeSunoMidi(midiCallback).outputs[0].inline).toEqual(midiStatus.outputs[0].inline);
    sim.close();
  });

  it("separates vocals into exactly Vocals + Instrumental", async () => {
    const { sim } = makeSim();
    const song = await finishedSong(sim);
    const created = await call(sim, "POST", "/api/v1/vocal-removal/generate", {
      taskId: song.taskId,
      audioId: song.tracks[1].id,
      callBackUrl: CB,
    });
    const { taskId } = created.json.data as { taskId: string };
    const done = await pollRecord(
      sim,
      "/api/v1/vocal-removal/record-info",
      taskId,
      (d) => d.successFlag === "SUCCESS",
    );
    expect(normalizeSunoVocal(done).outputs.map((o) => o.title)).toEqual(["Vocals", "Instrumental"]);
    sim.close();
  });
});

describe("simulator: synchronous helpers", () => {
  it("aligns the track's own lyrics to its duration", async () => {
    const { sim } = makeSim();
    const song = await finishedSong(sim);
    const track = song.tracks[0];
    const res = await call(sim, "POST", "/api/v1/generate/get-timestamped-lyrics", {
      taskId: song.taskId,
      audioId: track.id,
    });
    const data = res.json.data as { alignedWords: Array<{ word: string; startS: number; endS: number }> };
    const words = data.alignedWords;
    expect(words[0].word.startsWith("[Verse]\n")).toBe(true);
    const sung = track.prompt
      .split("\n")
      .filter((l) => l.trim() && !l.startsWith("["))
      .join(" ")
      .split(/\s+/);
    expect(words).toHaveLength(sung.length);
    for (let i = 1; i < words.length; i++) expect(words[i].startS).toBeGreaterThanOrEqual(words[i - 1].endS);
    expect(words.at(-1)!.endS).toBeLessThanOrEqual(track.duration);
    expect(normalizeSunoTimestampedLyrics(res.json).state).toBe("succeeded");

    const bogus = await call(sim, "POST", "/api/v1/generate/get-timestamped-lyrics", {
      taskId: song.taskId,
      audioId: "x",
    });
    expect(bogus.json).toEqual({ code: 422, msg: "Record does not exist", data: null });
    sim.close();
  });

  it("boosts a style with the live answer shape and charges 0.4 credits", async () => {
    const { sim } = makeSim({ initialCredits: 100 });
    const res = await call(sim, "POST", "/api/v1/style/generate", { content: "Pop, Mysterious" });
    expect(res.json.data).toMatchObject({
      successFlag: "成功",
      creditsConsumed: 0.4,
      creditsRemaining: 99.6,
    });
    const status = normalizeSunoStyle(res.json);
    expect(status.outputs[0].inline?.text).toMatch(/^Pop, Mysterious, /);
    expect((await call(sim, "POST", "/api/v1/style/generate", { content: "x [sim:fail]" })).json.code).toBe(
      500,
    );
    sim.close();
  });

  it("creates one persona per track within a 10–30 s vocal window", async () => {
    const { sim } = makeSim();
    const song = await finishedSong(sim);
    const body = {
      taskId: song.taskId,
      audioId: song.tracks[0].id,
      name: "Crooner",
      description: "Warm baritone",
    };
    expect(
      (await call(sim, "POST", "/api/v1/generate/generate-persona", { ...body, vocalStart: 0, vocalEnd: 5 }))
        .json.code,
    ).toBe(422);
    const res = await call(sim, "POST", "/api/v1/generate/generate-persona", {
      ...body,
      vocalStart: 0,
      vocalEnd: 20,
    });
    const status = normalizeSunoPersona(res.json);
    expect(status.outputs[0].meta).toMatchObject({ personaId: expect.stringMatching(/^[0-9a-f]{32}$/) });
    const again = await call(sim, "POST", "/api/v1/generate/generate-persona", { ...body, vocalEnd: 20 });
    expect(again.json.code).toBe(409);
    sim.close();
  });
});
