import { describe, expect, it } from "vitest";
import { MARKET_MODELS } from "@/lib/kie/simulator/models";
import { operationsIn } from "@/lib/ops/registry";
import { statusFamilies } from "@/lib/ops/status";
import { call, fetchBytes, makeSim, parseWav, pollUntil } from "./helpers";

type Sim = ReturnType<typeof makeSim>["sim"];
type Rec = { state: string; resultJson: string; creditsConsumed: number; response?: unknown };

const audioOps = operationsIn("audio").filter((op) => op.request.model?.startsWith("elevenlabs/"));

async function create(sim: Sim, model: string, input: Record<string, unknown>, callBackUrl?: string) {
  return call(sim, "POST", "/api/v1/jobs/createTask", {
    model,
    input,
    ...(callBackUrl ? { callBackUrl } : {}),
  });
}

async function finish(sim: Sim, model: string, input: Record<string, unknown>) {
  const created = await create(sim, model, input);
  expect(created.json, JSON.stringify(created.json)).toMatchObject({ code: 200 });
  const { taskId } = created.json.data as { taskId: string };
  const raw = await pollUntil(
    () => call(sim, "GET", `/api/v1/jobs/recordInfo?taskId=${taskId}`).then((r) => r.json),
    (r) => ["success", "fail"].includes((r.data as Rec).state),
  );
  return { taskId, raw, record: raw.data as Rec };
}

async function wavSeconds(sim: Sim, record: Rec) {
  const [url] = (JSON.parse(record.resultJson) as { resultUrls: string[] }).resultUrls;
  const { res, bytes } = await fetchBytes(sim, url);
  expect(res.headers.get("content-type")).toBe("audio/wav");
  return parseWav(bytes).duration;
}

describe("simulator: Market audio models (ElevenLabs)", () => {
  it("knows every ElevenLabs operation in the registry", () => {
    expect(audioOps).toHaveLength(6);
    for (const op of audioOps) expect(MARKET_MODELS[op.request.model ?? ""], op.id).toBeDefined();
  });

  it.each(audioOps.map((op) => [op.id, op] as const))(
    "%s: the registry example succeeds and normalizes to the operation's outputs",
    async (_id, op) => {
      const { sim } = makeSim({ timeScale: 0.002 });
      const body = op.request.toBody(op.input.parse(op.example), {}) as {
        model: string;
        input: Record<string, unknown>;
      };
      const { raw, record } = await finish(sim, body.model, body.input);
      expect(record.state).toBe("success");
      const status = statusFamilies.market.normalize(raw, { kind: op.outputs[0] });
      expect(status.state).toBe("succeeded");
      expect(status.outputs.length).toBeGreaterThan(0);
      for (const o of status.outputs) expect(o.kind).toBe(op.outputs[0]);
      expect(status.credits).toBe(op.cost(op.input.parse(op.example)));
    },
  );

  it("speaks for as long as the text takes (and faster with speed)", async () => {
    const { sim } = makeSim({ timeScale: 0.002 });
    const model = "elevenlabs/text-to-speech-turbo-2-5";
    const short = await finish(sim, model, { text: "a".repeat(70), voice: "Rachel" });
    const long = await finish(sim, model, { text: "a".repeat(280), voice: "Rachel" });
    const fast = await finish(sim, model, { text: "a".repeat(280), voice: "Rachel", speed: 1.2 });
    expect(await wavSeconds(sim, short.record)).toBeCloseTo(5, 1);
    expect(await wavSeconds(sim, long.record)).toBeCloseTo(20, 1);
    expect(await wavSeconds(sim, fast.record)).toBeCloseTo(20 / 1.2, 1);
  });

  it("renders sound effects at the requested length and charges per §13 / per second", async () => {
    const { sim } = makeSim({ timeScale: 0.002 });
    const sfx = await finish(sim, "elevenlabs/sound-effect-v2", { text: "door slam", duration_seconds: 2.5 });
    expect(await wavSeconds(sim, sfx.record)).toBeCloseTo(2.5, 2);
    expect(sfx.record.creditsConsumed).toBe(1.25);
    const tts = await finish(sim, "elevenlabs/text-to-speech-multilingual-v2", {
      text: "a".repeat(1001),
      voice: "Aria",
    });
    expect(tts.record.creditsConsumed).toBe(24);
    const dialogue = await finish(sim, "elevenlabs/text-to-dialogue-v3", {
      dialogue: [{ text: "a".repeat(67), voice: "Adam" }],
    });
    expect(dialogue.record.creditsConsumed).toBe(0.94);
  });

  it("answers speech-to-text with a Scribe transcript in resultObject (record and response)", async () => {
    const { sim } = makeSim({ timeScale: 0.002 });
    const input = { audio_url: "https://a.test/talk.mp3", diarize: true, tag_audio_events: true };
    const { record, raw } = await finish(sim, "elevenlabs/speech-to-text", input);
    const { resultObject } = JSON.parse(record.resultJson) as {
      resultObject: {
        text: string;
        language_code: string;
        words: { type: string; speaker_id: string | null }[];
      };
    };
    expect(record.response).toEqual({ resultObject });
    expect(resultObject.language_code).toBe("eng");
    expect(new Set(resultObject.words.map((w) => w.speaker_id))).toEqual(new Set(["speaker_0", "speaker_1"]));
    expect(resultObject.words.some((w) => w.type === "audio_event")).toBe(true);
    const [transcript] = statusFamilies.market.normalize(raw, { kind: "text" }).outputs;
    expect(transcript.inline?.text).toMatch(/^Speaker 1: .+\nSpeaker 2: /);

    // The same recording reads the same; no diarization means no speaker labels.
    const again = await finish(sim, "elevenlabs/speech-to-text", {
      ...input,
      diarize: false,
      tag_audio_events: false,
    });
    const plain = JSON.parse(again.record.resultJson).resultObject as typeof resultObject;
    expect(plain.words.every((w) => w.speaker_id === null && w.type !== "audio_event")).toBe(true);
    expect(plain.text.replace(/ \(laughter\)/, "")).toBe(resultObject.text.replace(/ \(laughter\)/, ""));
  });

  it("sends the transcript in the success callback too", async () => {
    const { sim, captured } = makeSim({ timeScale: 0.002 });
    const created = await create(
      sim,
      "elevenlabs/speech-to-text",
      { audio_url: "https://a.test/x.mp3" },
      "https://app.test/cb",
    );
    const { taskId } = created.json.data as { taskId: string };
    await pollUntil(
      async () => captured.filter((c) => (c.body.data as { taskId?: string })?.taskId === taskId),
      (list) => list.length > 0,
    );
    const body = captured.find((c) => (c.body.data as { taskId?: string }).taskId === taskId)?.body;
    expect(body).toMatchObject({ code: 200, data: { state: "success", consumeCredits: 3 } });
    const status = statusFamilies.market.normalize(body, { kind: "text" });
    expect(status.outputs.map((o) => o.key)).toEqual(["transcript", "transcript-json"]);
  });

  it("fails the create with Kie's 500 when the recording cannot be fetched, creating nothing", async () => {
    const { sim } = makeSim();
    for (const model of ["elevenlabs/speech-to-text", "elevenlabs/audio-isolation"]) {
      const res = await create(sim, model, { audio_url: "https://unreachable.example/talk.mp3" });
      expect(res.status).toBe(200);
      expect(res.json).toEqual({ code: 500, msg: "Server exception, please try again later", data: null });
    }
    expect(sim.stats().createsTotal).toBe(0);
  });

  it("validates like Kie: 422 naming the field", async () => {
    const { sim } = makeSim();
    const cases: [string, Record<string, unknown>, string][] = [
      ["elevenlabs/text-to-speech-turbo-2-5", { voice: "Rachel" }, "text cannot be blank"],
      [
        "elevenlabs/text-to-speech-turbo-2-5",
        { text: "x", voice: "Rachel", speed: 2 },
        "speed must be a number between 0.7 and 1.2",
      ],
      [
        "elevenlabs/text-to-speech-multilingual-v2",
        { text: "x", voice: "Rachel", language_code: "de" },
        "language_code is only supported by Turbo v2.5 and Flash v2.5",
      ],
      ["elevenlabs/text-to-dialogue-v3", { dialogue: [] }, "dialogue cannot be empty"],
      ["elevenlabs/text-to-dialogue-v3", { dialogue: [{ text: "hi" }] }, "dialogue[0].voice cannot be blank"],
      [
        "elevenlabs/text-to-dialogue-v3",
        { dialogue: [{ text: "hi", voice: "Adam" }], stability: 0.3 },
        "stability must be one of: 0, 0.5, 1",
      ],
      [
        "elevenlabs/text-to-dialogue-v3",
        { dialogue: [{ text: "a".repeat(5001), voice: "Adam" }] },
        "The total text of dialogue cannot exceed 5000 characters",
      ],
      [
        "elevenlabs/sound-effect-v2",
        { text: "x", duration_seconds: 30 },
        "duration_seconds must be a number between 0.5 and 22",
      ],
      ["elevenlabs/sound-effect-v2", { text: "x", output_format: "wav" }, "output_format must be one of"],
      ["elevenlabs/speech-to-text", {}, "audio_url cannot be blank"],
    ];
    for (const [model, input, msg] of cases) {
      const res = await create(sim, model, input);
      expect(res.json.code, `${model} ${JSON.stringify(input)}`).toBe(422);
      expect(res.json.msg).toContain(msg);
    }
  });

  it("fails tasks marked [sim:fail] in the spoken text, charging nothing", async () => {
    const { sim } = makeSim({ timeScale: 0.002 });
    const before = sim.stats().credits;
    const { record } = await finish(sim, "elevenlabs/text-to-speech-turbo-2-5", {
      text: "hello [sim:fail]",
      voice: "Rachel",
    });
    expect(record.state).toBe("fail");
    expect(sim.stats().credits).toBe(before);
  });
});
