import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { statusFamilies } from "@/lib/ops/status";
import type { StatusFamilyId, TaskStatus } from "@/lib/ops/types";

const fixture = (name: string): unknown =>
  JSON.parse(fs.readFileSync(path.join(process.cwd(), "tests/fixtures/kie", name), "utf8"));
const normalize = (family: StatusFamilyId, raw: unknown): TaskStatus =>
  statusFamilies[family]!.normalize(raw);

describe("Suno derived status families: registration", () => {
  it("registers every derived family with its poll path, sync ones without", () => {
    expect(statusFamilies["suno-lyrics"]?.pollPath).toBe("/api/v1/lyrics/record-info");
    expect(statusFamilies["suno-wav"]?.pollPath).toBe("/api/v1/wav/record-info");
    expect(statusFamilies["suno-vocal"]?.pollPath).toBe("/api/v1/vocal-removal/record-info");
    expect(statusFamilies["suno-midi"]?.pollPath).toBe("/api/v1/midi/record-info");
    expect(statusFamilies["suno-mp4"]?.pollPath).toBe("/api/v1/mp4/record-info");
    expect(statusFamilies["suno-cover"]?.pollPath).toBe("/api/v1/suno/cover/record-info");
    for (const id of ["suno-timestamped-lyrics", "suno-style", "suno-persona"] as const) {
      expect(statusFamilies[id]).toMatchObject({ pollPath: "", sync: true });
    }
  });
});

describe("suno-lyrics", () => {
  it("reads the record-info fixture as one inline text output", () => {
    const s = normalize("suno-lyrics", fixture("suno-lyrics-record-info-success-docs.json"));
    expect(s.state).toBe("succeeded");
    expect(s.outputs).toEqual([
      {
        key: "lyrics-0",
        kind: "text",
        url: "",
        mime: "text/plain",
        inline: { mime: "text/plain", text: "[Verse]\n我穿越城市黑暗夜\n心中燃烧梦想的烈火" },
        title: "钢铁侠",
        lyrics: "[Verse]\n我穿越城市黑暗夜\n心中燃烧梦想的烈火",
        meta: { use: "lyrics" },
      },
    ]);
  });

  it("reads the snake_case success callback", () => {
    const s = normalize("suno-lyrics", fixture("suno-lyrics-callback-success.json"));
    expect(s.state).toBe("succeeded");
    expect(s.outputs[0].title).toBe("Starry Night Dreams");
    expect(s.outputs[0].inline?.text).toContain("Moonlight spreads across the windowsill");
  });

  it("fails the moderation callback with Kie's message", () => {
    const s = normalize("suno-lyrics", fixture("suno-lyrics-callback-fail.json"));
    expect(s).toMatchObject({
      state: "failed",
      error: { code: "kie_400", message: "Song Description flagged for moderation" },
    });
  });

  it("keeps good variations and skips failed ones", () => {
    const s = normalize("suno-lyrics", {
      code: 200,
      msg: "success",
      data: {
        status: "SUCCESS",
        response: {
          data: [
            { text: "[Verse] a", title: "A", status: "complete" },
            { text: "", title: "B", status: "failed", errorMessage: "flagged" },
          ],
        },
      },
    });
    expect(s.outputs.map((o) => o.key)).toEqual(["lyrics-0"]);
    expect(s.note).toContain("1 of 2");
  });

  it("maps PENDING to running, unknown ids to queued and failures to failed", () => {
    expect(normalize("suno-lyrics", { code: 200, msg: "success", data: { status: "PENDING" } }).state).toBe(
      "running",
    );
    expect(normalize("suno-lyrics", { code: 200, msg: "success", data: null })).toMatchObject({
      state: "queued",
      upstream: "NOT_FOUND",
    });
    expect(
      normalize("suno-lyrics", {
        code: 200,
        msg: "success",
        data: { status: "SENSITIVE_WORD_ERROR", errorCode: 400, errorMessage: "flagged" },
      }),
    ).toMatchObject({ state: "failed", error: { code: "kie_400", message: "flagged" } });
  });

  it("ends malformed records with a clear message instead of throwing", () => {
    for (const raw of [null, "oops", { code: 200, data: { status: "SUCCESS" } }, { code: 200, data: 5 }]) {
      const s = normalize("suno-lyrics", raw);
      expect(s.state).toBe("failed");
      expect(s.error?.message).toMatch(/unreadable/);
    }
  });
});

describe("suno-wav and suno-mp4", () => {
  it("reads the WAV record-info fixture (STRING successFlag)", () => {
    const s = normalize("suno-wav", fixture("suno-wav-record-info-success-docs.json"));
    expect(s.state).toBe("succeeded");
    expect(s.outputs).toEqual([
      expect.objectContaining({
        key: "wav",
        kind: "audio",
        url: "https://example.com/s/04e6****e727.wav",
        mime: "audio/wav",
        meta: { sourceAudioId: "e231****-****-****-****-****8cadc7dc", musicIndex: 0 },
      }),
    ]);
  });

  it("reads WAV callbacks, success and failure", () => {
    expect(normalize("suno-wav", fixture("suno-wav-callback-success.json")).outputs[0].url).toBe(
      "https://example.com/s/04e6****e727.wav",
    );
    expect(normalize("suno-wav", fixture("suno-wav-callback-fail.json"))).toMatchObject({
      state: "failed",
      error: { code: "kie_500", message: "Internal Error - Please try again later", retryable: true },
    });
  });

  it("maps the WAV flag vocabulary", () => {
    const rec = (successFlag: string, extra: Record<string, unknown> = {}) => ({
      code: 200,
      msg: "success",
      data: { taskId: "t", successFlag, response: { audioWavUrl: null }, ...extra },
    });
    expect(normalize("suno-wav", rec("PENDING")).state).toBe("running");
    expect(normalize("suno-wav", rec("GENERATE_WAV_FAILED", { errorMessage: "boom" }))).toMatchObject({
      state: "failed",
      error: { message: "boom" },
    });
    expect(normalize("suno-wav", rec("CALLBACK_EXCEPTION")).state).toBe("running");
    expect(normalize("suno-wav", rec("SUCCESS")).error?.code).toBe("malformed");
  });

  it("reads the MP4 record-info fixture and callbacks", () => {
    const s = normalize("suno-mp4", fixture("suno-mp4-record-info-success-docs.json"));
    expect(s.outputs).toEqual([
      expect.objectContaining({ key: "video", kind: "video", url: "https://example.com/s/04e6****e727.mp4" }),
    ]);
    expect(normalize("suno-mp4", fixture("suno-mp4-callback-success.json"))).toMatchObject({
      state: "succeeded",
      outputs: [{ key: "video", url: "video_url_847715e66259" }],
    });
    expect(normalize("suno-mp4", fixture("suno-mp4-callback-fail.json")).state).toBe("failed");
    expect(
      normalize("suno-mp4", { code: 200, msg: "success", data: { successFlag: "GENERATE_MP4_FAILED" } }),
    ).toMatchObject({ state: "failed", error: { message: "Generate mp4 failed" } });
  });

  it("treats Kie's 422 'Record does not exist' as a clear, final failure", () => {
    const s = normalize("suno-mp4", { code: 422, msg: "Record does not exist", data: null });
    expect(s).toMatchObject({ state: "failed", error: { code: "kie_422", retryable: false } });
    expect(s.error?.message).toContain("Record does not exist");
  });
});

describe("suno-vocal", () => {
  it("reads the separate_vocal record with stem ids from originData", () => {
    const s = normalize("suno-vocal", fixture("suno-vocal-removal-record-info-separate_vocal-docs.json"));
    expect(s.state).toBe("succeeded");
    expect(s.outputs).toEqual([
      {
        key: "stem-vocals",
        kind: "audio",
        url: "https://file.aiquickdraw.com/s/3d7021c9-fa8b-4eda-91d1-3b9297ddb172_Vocals.mp3",
        title: "Vocals",
        durationSec: 245.6,
        providerId: "3d7021c9-fa8b-4eda-91d1-3b9297ddb172",
        meta: { stemType: "vocals" },
      },
      {
        key: "stem-instrumental",
        kind: "audio",
        url: "https://file.aiquickdraw.com/s/d92a13bf-c6f4-4ade-bb47-f69738435528_Instrumental.mp3",
        title: "Instrumental",
        durationSec: 245.6,
        providerId: "d92a13bf-c6f4-4ade-bb47-f69738435528",
        meta: { stemType: "instrumental" },
      },
    ]);
  });

  it("reads the split_stem record: 12 stems, ids where originData names them", () => {
    const s = normalize("suno-vocal", fixture("suno-vocal-removal-record-info-split_stem-docs.json"));
    expect(s.outputs.map((o) => o.key)).toEqual([
      "stem-vocals",
      "stem-backing-vocals",
      "stem-drums",
      "stem-bass",
      "stem-guitar",
      "stem-keyboard",
      "stem-percussion",
      "stem-strings",
      "stem-synth",
      "stem-fx",
      "stem-brass",
      "stem-woodwinds",
    ]);
    const keyboard = s.outputs.find((o) => o.key === "stem-keyboard");
    expect(keyboard).toMatchObject({ title: "Keyboard", providerId: "adc934e0-fa7d-45da-da20-1dba160d74e0" });
    expect(s.outputs.find((o) => o.key === "stem-fx")).toMatchObject({ title: "FX", providerId: undefined });
  });

  it("reads both callback key names and the origin_data variant", () => {
    const sep = normalize("suno-vocal", fixture("suno-vocal-removal-callback-separate_vocal.json"));
    expect(sep.outputs.map((o) => o.title)).toEqual(["Vocals", "Instrumental"]);
    const split = normalize("suno-vocal", fixture("suno-vocal-removal-callback-split_stem.json"));
    expect(split.outputs).toHaveLength(12);

    const legacy = normalize("suno-vocal", {
      code: 200,
      msg: "vocal Removal generated successfully.",
      data: {
        task_id: "t",
        vocal_removal_info: {
          origin_url: "",
          vocal_url: "https://x/v.mp3",
          instrumental_url: "https://x/i.mp3",
        },
      },
    });
    expect(legacy.outputs.map((o) => o.key)).toEqual(["stem-vocals", "stem-instrumental"]);

    const origin = normalize("suno-vocal", {
      code: 200,
      msg: "vocal Removal generated successfully.",
      data: {
        task_id: "t",
        vocal_removal_info: {
          origin_data: [
            {
              extract: {
                duration: 194.92,
                audio_url: "https://x/a.mp3",
                stem_type_group_name: "Lead Vocal",
                id: "ex-1",
              },
              remove: {
                duration: 194.92,
                audio_url: "https://x/b.mp3",
                stem_type_group_name: "Lead Vocal",
                id: "rm-1",
              },
            },
          ],
        },
      },
    });
    expect(origin.outputs).toMatchObject([
      { key: "stem-lead-vocal", title: "Lead Vocal", providerId: "ex-1", durationSec: 194.92 },
      { key: "stem-instrumental", title: "Instrumental", providerId: "rm-1" },
    ]);
  });

  it("fails the failure callback and malformed callbacks", () => {
    expect(normalize("suno-vocal", fixture("suno-vocal-removal-callback-fail.json"))).toMatchObject({
      state: "failed",
      error: { message: "Vocal separation failed" },
    });
    expect(normalize("suno-vocal", { code: 200, msg: "ok", data: { task_id: "t" } }).error?.code).toBe(
      "malformed",
    );
  });
});

describe("suno-midi", () => {
  const decodeHeader = (s: TaskStatus) => {
    const bytes = Buffer.from(s.outputs[0].inline!.base64!, "base64");
    return { magic: bytes.toString("ascii", 0, 4), tracks: bytes.readUInt16BE(10), bytes };
  };

  it("turns the record-info notes into a Standard MIDI File", () => {
    const s = normalize("suno-midi", fixture("suno-midi-record-info-success-docs.json"));
    expect(s.state).toBe("succeeded");
    expect(s.outputs[0]).toMatchObject({
      key: "midi",
      kind: "midi",
      url: "",
      mime: "audio/midi",
      providerId: "e231****-****-****-****-****8cadc7dc",
      meta: {
        instruments: [
          { name: "Drums", notes: 2 },
          { name: "Electric Bass (finger)", notes: 1 },
        ],
        noteCount: 3,
      },
    });
    const { magic, tracks } = decodeHeader(s);
    expect(magic).toBe("MThd");
    expect(tracks).toBe(3);
  });

  it("reads the callback with string note times", () => {
    const s = normalize("suno-midi", fixture("suno-midi-callback-success.json"));
    expect(s.state).toBe("succeeded");
    expect(s.outputs[0].meta).toMatchObject({ noteCount: 6 });
    expect(s.outputs[0].durationSec).toBe(7.91);
    expect(decodeHeader(s).magic).toBe("MThd");
  });

  it("maps the integer flag: 0 running, 2 and 3 failed", () => {
    const rec = (successFlag: number) => ({
      code: 200,
      msg: "success",
      data: { taskId: "t", successFlag, midiData: null },
    });
    expect(normalize("suno-midi", rec(0)).state).toBe("running");
    expect(normalize("suno-midi", rec(2)).state).toBe("failed");
    expect(normalize("suno-midi", rec(3)).state).toBe("failed");
    expect(normalize("suno-midi", rec(1)).error?.code).toBe("malformed");
    expect(normalize("suno-midi", fixture("suno-midi-callback-fail.json"))).toMatchObject({
      state: "failed",
      error: { message: "MIDI generation failed" },
    });
  });

  it("rejects unreadable notes as malformed", () => {
    const s = normalize("suno-midi", {
      code: 200,
      msg: "success",
      data: {
        taskId: "t",
        state: "complete",
        instruments: [{ name: "Drums", notes: [{ pitch: "x", start: 0, end: 1 }] }],
      },
    });
    expect(s).toMatchObject({ state: "failed", error: { code: "malformed" } });
  });
});

describe("suno-cover", () => {
  it("reads the record-info fixture as two images", () => {
    const s = normalize("suno-cover", fixture("suno-cover-image-record-info-success-docs.json"));
    expect(s.state).toBe("succeeded");
    expect(s.outputs.map((o) => [o.key, o.kind])).toEqual([
      ["image-0", "image"],
      ["image-1", "image"],
    ]);
  });

  it("reads the callbacks", () => {
    expect(normalize("suno-cover", fixture("suno-cover-image-callback-success.json")).outputs).toHaveLength(
      2,
    );
    expect(normalize("suno-cover", fixture("suno-cover-image-callback-fail.json"))).toMatchObject({
      state: "failed",
      error: { code: "kie_501", message: "Cover generation failed" },
    });
  });

  it("treats successFlag 2 as GENERATING, not a failure", () => {
    const rec = (successFlag: number) => ({
      code: 200,
      msg: "success",
      data: { taskId: "t", successFlag, response: null },
    });
    expect(normalize("suno-cover", rec(0)).state).toBe("queued");
    expect(normalize("suno-cover", rec(2))).toMatchObject({ state: "running", note: "Generating" });
    expect(normalize("suno-cover", rec(3)).state).toBe("failed");
  });
});

describe("synchronous families", () => {
  it("timestamped lyrics: keeps the karaoke data as inline JSON", () => {
    const s = normalize("suno-timestamped-lyrics", fixture("suno-timestamped-lyrics-response-docs.json"));
    expect(s.state).toBe("succeeded");
    const out = s.outputs[0];
    expect(out).toMatchObject({ key: "timestamped-lyrics", kind: "text", url: "", meta: { wordCount: 1 } });
    expect(out.inline?.mime).toBe("application/json");
    expect(JSON.parse(out.inline!.text!)).toEqual({
      alignedWords: [{ word: "[Verse]\nWaggin'", success: true, startS: 1.36, endS: 1.79, palign: 0 }],
      waveformData: [0, 1, 0.5, 0.75],
      hootCer: 0.3803191489361702,
      isStreamed: false,
    });
    expect(
      normalize("suno-timestamped-lyrics", { code: 422, msg: "Record does not exist", data: null }),
    ).toMatchObject({
      state: "failed",
      error: { code: "kie_422" },
    });
    expect(normalize("suno-timestamped-lyrics", { code: 200, msg: "success", data: null }).error?.code).toBe(
      "malformed",
    );
  });

  it("boost style: reads the live answer with successFlag 成功", () => {
    const s = normalize("suno-style", {
      code: 200,
      msg: "success",
      data: {
        taskId: "a1",
        param: '{"content":"Pop, Mysterious"}',
        result: "Pop, mysterious, breathy vocals",
        creditsConsumed: 0.4,
        creditsRemaining: 100,
        successFlag: "成功",
        errorCode: null,
        errorMessage: null,
        createTime: 1760000000000,
      },
    });
    expect(s).toMatchObject({
      state: "succeeded",
      credits: 0.4,
      outputs: [
        {
          key: "style",
          kind: "text",
          inline: { mime: "text/plain", text: "Pop, mysterious, breathy vocals" },
        },
      ],
    });
    expect(
      normalize("suno-style", { code: 200, msg: "success", data: { successFlag: "2", errorMessage: "no" } })
        .state,
    ).toBe("failed");
  });

  it("persona: returns the persona as JSON with meta.personaId", () => {
    const s = normalize("suno-persona", {
      code: 200,
      msg: "success",
      data: { personaId: "p-1", name: "Crooner", description: "Warm" },
    });
    expect(s.outputs[0]).toMatchObject({ key: "persona", title: "Crooner", meta: { personaId: "p-1" } });
    expect(JSON.parse(s.outputs[0].inline!.text!)).toEqual({
      personaId: "p-1",
      name: "Crooner",
      description: "Warm",
    });
    expect(normalize("suno-persona", { code: 200, msg: "success", data: { name: "x" } }).error?.code).toBe(
      "malformed",
    );
  });
});
