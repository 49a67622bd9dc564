import { describe, expect, it } from "vitest";
import { adapters } from "@/lib/chat/adapters";
import { chatModel } from "@/lib/chat/models";
import type { ChatOptions, NeutralMessage } from "@/lib/chat/types";

const model = (id: string) => {
  const m = chatModel(id);
  if (!m) throw new Error(`no model ${id}`);
  return m;
};
const PNG = "data:image/png;base64,iVBORw0KGgo=";
const conversation: NeutralMessage[] = [
  {
    role: "user",
    text: "What is in this picture?",
    attachments: [{ kind: "image", url: PNG, mime: "image/png" }],
  },
  { role: "assistant", text: "A cat." },
  { role: "user", text: "And the colour?" },
];
const everything: ChatOptions = {
  system: "Be brief.",
  temperature: 0.4,
  reasoningEffort: "high",
  thinking: true,
  webSearch: true,
  json: true,
};

describe("OpenAI chat completions mapping", () => {
  it("puts the model in the path, sends content arrays and Gemini's googleSearch tool", () => {
    const m = model("gemini-3-flash");
    const req = adapters["chat-completions"].build(m, conversation, everything, true);
    expect(req.path).toBe("/gemini-3-flash/v1/chat/completions");
    expect(req.body).not.toHaveProperty("model");
    expect(req.body).toMatchObject({
      stream: true,
      temperature: 0.4,
      reasoning_effort: "high",
      include_thoughts: true,
      tools: [{ type: "function", function: { name: "googleSearch" } }],
      response_format: { type: "json_schema" },
    });
    const messages = req.body.messages as Array<Record<string, unknown>>;
    expect(messages[0]).toEqual({ role: "system", content: [{ type: "text", text: "Be brief." }] });
    expect(messages[1].content).toEqual([
      { type: "text", text: "What is in this picture?" },
      { type: "image_url", image_url: { url: PNG } },
    ]);
    expect(messages[2]).toEqual({ role: "assistant", content: [{ type: "text", text: "A cat." }] });
  });

  it("drops what GPT-5.2 does not take (temperature, JSON, thinking) and uses web_search", () => {
    const req = adapters["chat-completions"].build(model("gpt-5-2"), conversation, everything, false);
    expect(req.body).not.toHaveProperty("temperature");
    expect(req.body).not.toHaveProperty("response_format");
    expect(req.body).not.toHaveProperty("include_thoughts");
    expect(req.body.tools).toEqual([{ type: "function", function: { name: "web_search" } }]);
    expect(req.body.stream).toBe(false);
  });

  it("never sends a reasoning effort the format does not know", () => {
    const req = adapters["chat-completions"].build(
      model("gpt-5-2"),
      conversation,
      { reasoningEffort: "xhigh" },
      true,
    );
    expect(req.body).not.toHaveProperty("reasoning_effort");
  });
});

describe("Anthropic messages mapping", () => {
  it("sends model, thinkingFlag, max_tokens, system and base64 image blocks; no search tool", () => {
    const req = adapters.anthropic.build(model("claude-sonnet-4-5"), conversation, everything, true);
    expect(req.path).toBe("/claude/v1/messages");
    expect(req.body).toMatchObject({
      model: "claude-sonnet-4-5",
      thinkingFlag: true,
      max_tokens: 4096,
      stream: true,
      system: "Be brief.",
      temperature: 0.4,
    });
    expect(req.body).not.toHaveProperty("tools");
    const first = (req.body.messages as Array<{ content: unknown[] }>)[0];
    expect(first.content[0]).toEqual({
      type: "image",
      source: { type: "base64", media_type: "image/png", data: "iVBORw0KGgo=" },
    });
  });

  it("passes uploaded image URLs as url sources and turns thinking off explicitly", () => {
    const req = adapters.anthropic.build(
      model("claude-haiku-4-5"),
      [
        {
          role: "user",
          text: "hi",
          attachments: [{ kind: "image", url: "https://x.test/a.png", mime: "image/png" }],
        },
      ],
      {},
      true,
    );
    expect(req.body.thinkingFlag).toBe(false);
    expect((req.body.messages as Array<{ content: unknown[] }>)[0].content[0]).toEqual({
      type: "image",
      source: { type: "url", url: "https://x.test/a.png" },
    });
  });
});

describe("OpenAI Responses mapping", () => {
  it("uses the model's endpoint, input items, instructions, reasoning effort and a web_search tool", () => {
    const req = adapters.responses.build(model("gpt-5-4"), conversation, everything, true);
    expect(req.path).toBe("/codex/v1/responses");
    expect(req.body).toMatchObject({
      model: "gpt-5-4",
      stream: true,
      instructions: "Be brief.",
      reasoning: { effort: "high" },
      tools: [{ type: "web_search" }],
    });
    const input = req.body.input as Array<{ role: string; content: unknown[] }>;
    expect(input[0].content).toEqual([
      { type: "input_text", text: "What is in this picture?" },
      { type: "input_image", image_url: PNG },
    ]);
    expect(input[1]).toEqual({ role: "assistant", content: [{ type: "output_text", text: "A cat." }] });
  });

  it("routes Grok, Codex and third-party models to their paths; DeepSeek can switch thinking off", () => {
    expect(adapters.responses.build(model("grok-4-6"), conversation, {}, true).path).toBe(
      "/grok/v1/responses",
    );
    expect(adapters.responses.build(model("gpt-5-codex"), conversation, {}, true).path).toBe(
      "/api/v1/responses",
    );
    const ds = adapters.responses.build(
      model("deepseek-v4-1-flash"),
      conversation,
      { thinking: false, webSearch: true },
      false,
    );
    expect(ds.path).toBe("/openai/v1/responses");
    expect(ds.body).toMatchObject({ thinking: { type: "disabled" }, stream: false });
    expect(ds.body).not.toHaveProperty("tools");
  });
});

describe("Gemini native mapping", () => {
  it("uses contents/parts with model role, inline_data, systemInstruction and generationConfig", () => {
    const req = adapters.gemini.build(
      model("gemini-native/gemini-3-flash-v1beta"),
      conversation,
      everything,
      true,
    );
    expect(req.path).toBe("/gemini/v1/models/gemini-3-flash-v1beta:streamGenerateContent");
    expect(req.body).toMatchObject({
      stream: true,
      systemInstruction: { parts: [{ text: "Be brief." }] },
      generationConfig: {
        temperature: 0.4,
        thinkingConfig: { includeThoughts: true, thinkingLevel: "high" },
        responseMimeType: "application/json",
      },
      tools: [{ googleSearch: {} }],
    });
    const contents = req.body.contents as Array<{ role: string; parts: unknown[] }>;
    expect(contents.map((c) => c.role)).toEqual(["user", "model", "user"]);
    expect(contents[0].parts[0]).toEqual({ inline_data: { mime_type: "image/png", data: "iVBORw0KGgo=" } });
  });

  it("refuses non-inline images and uses :generateContent when not streaming", () => {
    const m = model("gemini-native/gemini-3-5-flash");
    expect(adapters.gemini.build(m, [{ role: "user", text: "x" }], {}, false).path).toBe(
      "/gemini/v1/models/gemini-3-5-flash:generateContent",
    );
    expect(() =>
      adapters.gemini.build(
        m,
        [
          {
            role: "user",
            text: "x",
            attachments: [{ kind: "image", url: "https://x.test/a.png", mime: "image/png" }],
          },
        ],
        {},
        true,
      ),
    ).toThrow(/inlined/);
  });
});

describe("legacy DeepSeek mapping", () => {
  it("sends model in the body and plain string contents", () => {
    const req = adapters["deepseek-legacy"].build(
      model("deepseek-legacy/deepseek-chat"),
      conversation,
      everything,
      true,
    );
    expect(req.path).toBe("/api/v1/chat/completions");
    expect(req.body).toEqual({
      model: "deepseek-chat",
      stream: true,
      temperature: 0.4,
      messages: [
        { role: "system", content: "Be brief." },
        { role: "user", content: "What is in this picture?" },
        { role: "assistant", content: "A cat." },
        { role: "user", content: "And the colour?" },
      ],
    });
  });
});
