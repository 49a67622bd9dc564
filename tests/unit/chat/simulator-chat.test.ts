import { afterEach, describe, expect, it } from "vitest";
import { adapters } from "@/lib/chat/adapters";
import { CHAT_MODELS, type ChatModel, chatModel } from "@/lib/chat/models";
import { readSse } from "@/lib/chat/sse";
import type { ChatEvent } from "@/lib/chat/types";
import { chatStreamLog } from "@/lib/kie/simulator/chat/stream-log";
import { AUTH, BASE, makeSim } from "../simulator/helpers";

const { sim } = makeSim();
afterEach(() => sim.reset());

function post(path: string, body: unknown): Promise<Response> {
  return sim.handle(
    new Request(`${BASE}${path}`, {
      method: "POST",
      headers: { ...AUTH, "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
  );
}

async function ask(model: ChatModel, text: string, stream = true, options = {}) {
  const req = adapters[model.format].build(model, [{ role: "user", text }], options, stream);
  const res = await post(req.path, req.body);
  const events: ChatEvent[] = [];
  if (res.headers.get("content-type")?.includes("text/event-stream")) {
    for await (const e of adapters[model.format].parseStream(readSse(res.body!))) events.push(e);
  } else {
    events.push(...adapters[model.format].parseWhole(JSON.parse(await res.text())));
  }
  return { res, events, text: events.map((e) => (e.type === "text" ? e.delta : "")).join("") };
}

async function rawStream(res: Response): Promise<string> {
  return new TextDecoder().decode(await res.arrayBuffer());
}

describe("simulated chat endpoints, driven by our own adapters", () => {
  it.each(CHAT_MODELS.map((m) => [m.id, m] as const))(
    "%s streams an answer ending in done with credits",
    async (_id, model) => {
      const { events, text } = await ask(model, "Write a TypeScript function please");
      expect(text).toContain("```ts");
      const done = events.at(-1);
      expect(done).toMatchObject({ type: "done" });
      expect(done?.type === "done" && done.creditsConsumed).toBeGreaterThan(0);
    },
  );

  it.each(CHAT_MODELS.map((m) => [m.id, m] as const))(
    "%s answers whole when not streaming",
    async (_id, model) => {
      const { events, text } = await ask(model, "Hello there", false);
      expect(text).toContain("Hello there");
      expect(events.at(-1)?.type).toBe("done");
    },
  );

  it("streams thinking when asked (Claude thinkingFlag, Gemini includeThoughts)", async () => {
    for (const id of ["claude-opus-4-6", "gemini-native/gemini-3-5-flash", "gemini-3-pro"]) {
      const { events } = await ask(chatModel(id)!, "Why is the sky blue?", true, { thinking: true });
      expect(
        events.some((e) => e.type === "thinking"),
        id,
      ).toBe(true);
    }
    const { events } = await ask(chatModel("claude-opus-4-6")!, "Why?", true, { thinking: false });
    expect(events.some((e) => e.type === "thinking")).toBe(false);
  });
});

describe("each format ends as Kie's does", () => {
  it("chat completions end with data: [DONE]; Anthropic with message_stop; Responses with response.completed", async () => {
    const completions = await rawStream(
      await post("/gemini-2.5-flash/v1/chat/completions", { messages: [{ role: "user", content: "hi" }] }),
    );
    expect(completions.trimEnd().endsWith("data: [DONE]")).toBe(true);
    expect(completions).toContain('"credits_consumed"');
    const claude = await rawStream(
      await post("/claude/v1/messages", {
        model: "claude-haiku-4-5",
        messages: [{ role: "user", content: "hi" }],
      }),
    );
    expect(claude.trimEnd().split("\n\n").at(-1)).toBe('event: message_stop\ndata: {"type":"message_stop"}');
    const responses = await rawStream(
      await post("/grok/v1/responses", { model: "grok-4-6", input: "hi", stream: true }),
    );
    expect(responses.trimEnd().split("\n\n").at(-1)).toMatch(/^event: response\.completed\ndata: /);
  });

  it("Gemini's last chunk carries finishReason STOP and credits", async () => {
    const text = await rawStream(
      await post("/gemini/v1/models/gemini-3-5-flash:streamGenerateContent", {
        contents: [{ role: "user", parts: [{ text: "hi" }] }],
      }),
    );
    const last = JSON.parse(text.trimEnd().split("\n\n").at(-1)!.slice("data: ".length));
    expect(last.candidates[0].finishReason).toBe("STOP");
    expect(last.credits_consumed).toBeGreaterThan(0);
  });

  it("gpt-5-2 whole answers come labelled text/plain, as recorded live", async () => {
    const res = await post("/gpt-5-2/v1/chat/completions", {
      messages: [{ role: "user", content: "hi" }],
      stream: false,
    });
    expect(res.headers.get("content-type")).toContain("text/plain");
    expect(JSON.parse(await res.text())).toMatchObject({
      object: "chat.completion",
      credits_consumed: expect.any(Number),
    });
  });
});

describe("request validation in each format's dialect", () => {
  it("refuses web search combined with custom tools", async () => {
    const res = await post("/gemini-3-pro/v1/chat/completions", {
      messages: [{ role: "user", content: "hi" }],
      tools: [
        { type: "function", function: { name: "googleSearch" } },
        { type: "function", function: { name: "get_weather", parameters: {} } },
      ],
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: {
        message: "Web search cannot be combined with other tools in the same request",
        type: "invalid_request_error",
      },
    });
  });

  it("answers Anthropic, Responses and Gemini errors in their own shapes", async () => {
    const claude = await post("/claude/v1/messages", { model: "claude-haiku-4-5", messages: [] });
    expect(await claude.json()).toMatchObject({ type: "error", error: { type: "invalid_request_error" } });
    const responses = await post("/codex/v1/responses", {
      model: "gpt-5-4",
      input: "x",
      reasoning: { effort: "max" },
    });
    expect((await responses.json()).error.message).toMatch(/reasoning.effort must be one of/);
    const gemini = await post("/gemini/v1/models/gemini-3-5-flash:streamGenerateContent", {
      contents: [{ role: "user", parts: [{ file_data: { file_uri: "gs://x" } }] }],
    });
    expect(await gemini.json()).toMatchObject({ error: { code: 400, status: "INVALID_ARGUMENT" } });
    const unknown = await post("/codex/v1/responses", { model: "grok-4-6", input: "x" });
    expect(unknown.status).toBe(404);
  });

  it("lists Claude models at /anthropic/v1/models and /claude/v1/models", async () => {
    for (const path of ["/anthropic/v1/models", "/claude/v1/models"]) {
      const res = await sim.handle(new Request(`${BASE}${path}`, { headers: AUTH }));
      const body = await res.json();
      expect(body.has_more).toBe(false);
      expect(body.data.map((m: { id: string }) => m.id)).toContain("claude-sonnet-4-6");
      expect(body.data[0]).toMatchObject({ type: "model", created_at: "1970-01-01T00:00:00Z" });
    }
  });
});

describe("fault markers", () => {
  it("[sim:401] and [sim:429] answer Kie bodies with HTTP 200, which adapters explain", async () => {
    for (const [marker, pattern] of [
      ["[sim:401]", /KIE_API_KEY/],
      ["[sim:429]", /rate limiting/],
      ["[sim:402]", /balance is too low/],
    ] as const) {
      const { res, events } = await ask(chatModel("claude-sonnet-4-5")!, `hi ${marker}`);
      expect(res.status).toBe(200);
      expect(events).toEqual([
        { type: "error", code: Number(marker.slice(5, 8)), message: expect.stringMatching(pattern) },
      ]);
    }
  });

  it("[sim:disconnect] cuts the stream midway; the parser reports it as incomplete", async () => {
    const model = chatModel("gpt-5-4")!;
    const req = adapters.responses.build(model, [{ role: "user", text: "hi [sim:disconnect]" }], {}, true);
    const res = await post(req.path, req.body);
    const events: ChatEvent[] = [];
    await expect(async () => {
      for await (const e of adapters.responses.parseStream(readSse(res.body!))) events.push(e);
    }).rejects.toThrow(/disconnect/);
    expect(events.some((e) => e.type === "text")).toBe(true);
    expect(chatStreamLog(BASE).disconnected).toBeGreaterThan(0);
  });

  it("records cancelled streams as aborted", async () => {
    const before = chatStreamLog(BASE).aborted;
    const res = await post("/gemini-3-flash/v1/chat/completions", {
      messages: [{ role: "user", content: "long one [sim:long]" }],
    });
    const reader = res.body!.getReader();
    await reader.read();
    await reader.cancel();
    expect(chatStreamLog(BASE).aborted).toBe(before + 1);
  });
});
