import { describe, expect, it } from "vitest";
import { adapters } from "@/lib/chat/adapters";
import { docFixture, joined, sse, streamEvents } from "./fixtures";

describe("chat completions stream", () => {
  it("yields thinking and text deltas and ends at [DONE] with credits and usage", async () => {
    const base = { id: "chatcmpl-1", object: "chat.completion.chunk" };
    const events = await streamEvents(
      adapters["chat-completions"],
      sse(
        [undefined, { ...base, choices: [{ index: 0, delta: { role: "assistant", content: "" } }] }],
        [undefined, { ...base, choices: [{ index: 0, delta: { reasoning_content: "Hmm. " } }] }],
        [undefined, { ...base, choices: [{ index: 0, delta: { content: "Hello " } }] }],
        [undefined, { ...base, choices: [{ index: 0, delta: { content: "world" } }] }],
        [
          undefined,
          {
            ...base,
            choices: [{ index: 0, delta: {}, finish_reason: "stop" }],
            usage: { prompt_tokens: 5, completion_tokens: 3, total_tokens: 8 },
            credits_consumed: 0.02,
          },
        ],
        [undefined, "[DONE]"],
      ),
    );
    expect(joined(events, "thinking")).toBe("Hmm. ");
    expect(joined(events, "text")).toBe("Hello world");
    expect(events.at(-1)).toEqual({
      type: "done",
      creditsConsumed: 0.02,
      usage: { inputTokens: 5, outputTokens: 3 },
      finishReason: "stop",
    });
  });

  it("turns Kie's in-body 401 (HTTP 200) into a clear error", async () => {
    const events = await streamEvents(
      adapters["chat-completions"],
      sse([undefined, { code: 401, msg: "Unauthorized – Authentication failed." }]),
    );
    expect(events).toEqual([{ type: "error", code: 401, message: expect.stringContaining("KIE_API_KEY") }]);
  });

  it("reports a stream cut before [DONE] and finish_reason as incomplete", async () => {
    const events = await streamEvents(
      adapters["chat-completions"],
      sse([undefined, { choices: [{ index: 0, delta: { content: "Hal" } }] }]),
    );
    expect(events.at(-1)).toMatchObject({ type: "error", message: expect.stringMatching(/closed before/) });
  });

  it("reads a whole (non-stream) answer and OpenAI-style errors", () => {
    const ok = adapters["chat-completions"].parseWhole({
      object: "chat.completion",
      choices: [{ index: 0, message: { role: "assistant", content: "Hi" }, finish_reason: "stop" }],
      usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
      credits_consumed: 27,
    });
    expect(ok).toEqual([
      { type: "text", delta: "Hi" },
      { type: "done", creditsConsumed: 27, usage: { inputTokens: 1, outputTokens: 1 }, finishReason: "stop" },
    ]);
    const bad = adapters["chat-completions"].parseWhole({
      error: { message: "Invalid messages", type: "invalid_request_error" },
    });
    expect(bad).toEqual([{ type: "error", message: "The model refused the request: Invalid messages" }]);
  });
});

describe("Anthropic messages stream", () => {
  it("reads thinking and text blocks and ends at message_stop", async () => {
    const events = await streamEvents(
      adapters.anthropic,
      sse(
        [
          "message_start",
          { type: "message_start", message: { id: "msg_1", usage: { input_tokens: 12, output_tokens: 1 } } },
        ],
        [
          "content_block_start",
          { type: "content_block_start", index: 0, content_block: { type: "thinking", thinking: "" } },
        ],
        [
          "content_block_delta",
          {
            type: "content_block_delta",
            index: 0,
            delta: { type: "thinking_delta", thinking: "Let me see." },
          },
        ],
        [
          "content_block_start",
          { type: "content_block_start", index: 1, content_block: { type: "text", text: "" } },
        ],
        ["ping", { type: "ping" }],
        [
          "content_block_delta",
          { type: "content_block_delta", index: 1, delta: { type: "text_delta", text: "Bonjour" } },
        ],
        [
          "message_delta",
          {
            type: "message_delta",
            delta: { stop_reason: "end_turn" },
            usage: { output_tokens: 9 },
            credits_consumed: 0.25,
          },
        ],
        ["message_stop", { type: "message_stop" }],
      ),
    );
    expect(joined(events, "thinking")).toBe("Let me see.");
    expect(joined(events, "text")).toBe("Bonjour");
    expect(events.at(-1)).toEqual({
      type: "done",
      creditsConsumed: 0.25,
      usage: { inputTokens: 12, outputTokens: 9 },
      finishReason: "end_turn",
    });
  });

  it("reads the docs' tool-use response (no text) and Anthropic error events", async () => {
    const whole = adapters.anthropic.parseWhole(
      docFixture("chat-claude-messages-tooluse-response-docs.json"),
    );
    expect(whole).toEqual([
      {
        type: "done",
        creditsConsumed: 0.25,
        usage: { inputTokens: 600, outputTokens: 57 },
        finishReason: "tool_use",
      },
    ]);
    const events = await streamEvents(
      adapters.anthropic,
      sse(["error", { type: "error", error: { type: "overloaded_error", message: "Overloaded" } }]),
    );
    expect(events).toEqual([{ type: "error", message: "The model refused the request: Overloaded" }]);
  });
});

describe("OpenAI Responses stream", () => {
  it("reads reasoning summary and output text deltas and ends at response.completed", async () => {
    const events = await streamEvents(
      adapters.responses,
      sse(
        ["response.created", { type: "response.created", response: { status: "in_progress" } }],
        [
          "response.reasoning_summary_text.delta",
          { type: "response.reasoning_summary_text.delta", delta: "Plan." },
        ],
        ["response.output_text.delta", { type: "response.output_text.delta", delta: "Hello! " }],
        ["response.output_text.delta", { type: "response.output_text.delta", delta: "Done." }],
        [
          "response.completed",
          {
            type: "response.completed",
            response: {
              status: "completed",
              usage: { input_tokens: 4443, output_tokens: 47 },
              credits_consumed: 0.48,
            },
          },
        ],
      ),
    );
    expect(joined(events, "thinking")).toBe("Plan.");
    expect(joined(events, "text")).toBe("Hello! Done.");
    expect(events.at(-1)).toEqual({
      type: "done",
      creditsConsumed: 0.48,
      usage: { inputTokens: 4443, outputTokens: 47 },
      finishReason: "completed",
    });
  });

  it("reads the docs' Codex response and response.failed", async () => {
    expect(adapters.responses.parseWhole(docFixture("chat-codex-responses-response-docs.json"))).toEqual([
      { type: "text", delta: "Hello! How can I help you today?" },
      {
        type: "done",
        creditsConsumed: 0.48,
        usage: { inputTokens: 4443, outputTokens: 47 },
        finishReason: "completed",
      },
    ]);
    const failed = await streamEvents(
      adapters.responses,
      sse([
        "response.failed",
        { type: "response.failed", response: { status: "failed", error: { message: "quota" } } },
      ]),
    );
    expect(failed).toEqual([{ type: "error", message: "The model failed: quota" }]);
  });
});

describe("Gemini native stream", () => {
  it("separates thought parts from text and ends after finishReason with credits", async () => {
    const events = await streamEvents(
      adapters.gemini,
      sse(
        [
          undefined,
          { candidates: [{ content: { role: "model", parts: [{ text: "Thinking…", thought: true }] } }] },
        ],
        [undefined, { candidates: [{ content: { role: "model", parts: [{ text: "Ciao" }] } }] }],
        [
          undefined,
          {
            candidates: [{ content: { role: "model", parts: [{ text: "!" }] }, finishReason: "STOP" }],
            usageMetadata: {
              promptTokenCount: 3,
              candidatesTokenCount: 2,
              thoughtsTokenCount: 4,
              totalTokenCount: 9,
            },
            credits_consumed: 0.01,
          },
        ],
      ),
    );
    expect(joined(events, "thinking")).toBe("Thinking…");
    expect(joined(events, "text")).toBe("Ciao!");
    expect(events.at(-1)).toEqual({
      type: "done",
      creditsConsumed: 0.01,
      usage: { inputTokens: 3, outputTokens: 2, thinkingTokens: 4 },
      finishReason: "STOP",
    });
  });

  it("reads the docs' function-call response and Gemini errors; a stream without finishReason is incomplete", async () => {
    expect(adapters.gemini.parseWhole(docFixture("chat-gemini-native-response-docs.json"))).toEqual([
      {
        type: "done",
        creditsConsumed: 0.01,
        usage: { inputTokens: 252, outputTokens: 18, thinkingTokens: 55 },
        finishReason: "STOP",
      },
    ]);
    expect(
      adapters.gemini.parseWhole({ error: { code: 429, message: "busy", status: "RESOURCE_EXHAUSTED" } }),
    ).toEqual([{ type: "error", code: 429, message: expect.stringContaining("rate limiting") }]);
    const cut = await streamEvents(
      adapters.gemini,
      sse([undefined, { candidates: [{ content: { parts: [{ text: "a" }] } }] }]),
    );
    expect(cut.at(-1)).toMatchObject({ type: "error" });
  });
});
