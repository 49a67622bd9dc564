import { describe, expect, it } from "vitest";
import { parseJsonObject } from "@/lib/chat/assist";
import { chatErrorFrom } from "@/lib/chat/errors";
import { CHAT_MODELS, modelsByFamily } from "@/lib/chat/models";
import { chatOptionsSchema, postMessageSchema } from "@/lib/chat/schemas";

const firstMessage = (result: { success: boolean; error?: { issues: Array<{ message: string }> } }) =>
  result.error?.issues[0]?.message;

describe("chat request validation", () => {
  it("explains bad options in plain words", () => {
    expect(firstMessage(chatOptionsSchema.safeParse({ temperature: 3 }))).toBe(
      "The temperature can be at most 2",
    );
    expect(firstMessage(chatOptionsSchema.safeParse({ reasoningEffort: "max" }))).toBe(
      "Reasoning effort must be low, medium, high or xhigh",
    );
    expect(firstMessage(chatOptionsSchema.safeParse({ system: "x".repeat(8001) }))).toBe(
      "The system prompt can be at most 8000 characters",
    );
  });

  it("needs text or an image, a known model and image attachments within limits", () => {
    expect(firstMessage(postMessageSchema.safeParse({ action: "send", text: "  " }))).toBe(
      "Write a message or attach an image",
    );
    expect(firstMessage(postMessageSchema.safeParse({ action: "send", text: "hi", modelId: "gpt-9" }))).toBe(
      "Pick one of the listed chat models",
    );
    const pdf = { kind: "image", url: "https://x.test/a.pdf", mime: "application/pdf" };
    expect(
      firstMessage(postMessageSchema.safeParse({ action: "send", text: "hi", attachments: [pdf] })),
    ).toBe("Attach PNG, JPEG, WebP or GIF images");
    const big = { kind: "image", url: `data:image/png;base64,${"A".repeat(7_100_000)}`, mime: "image/png" };
    expect(
      firstMessage(postMessageSchema.safeParse({ action: "send", text: "hi", attachments: [big] })),
    ).toBe("Each image can be at most 5 MB");
    const five = Array.from({ length: 5 }, () => ({
      kind: "image",
      url: "https://x.test/a.png",
      mime: "image/png",
    }));
    expect(firstMessage(postMessageSchema.safeParse({ action: "send", text: "hi", attachments: five }))).toBe(
      "Attach at most 4 images per message",
    );
    expect(firstMessage(postMessageSchema.safeParse({ action: "reply" }))).toBe(
      "The action must be send, regenerate or edit",
    );
    expect(postMessageSchema.parse({ action: "regenerate" })).toEqual({ action: "regenerate" });
  });
});

describe("error dialects", () => {
  it("reads Kie's in-body codes and OpenAI/Anthropic/Gemini error objects; ignores normal answers", () => {
    expect(chatErrorFrom({ code: 402, msg: "insufficient" })).toEqual({
      code: 402,
      message: expect.stringContaining("balance is too low"),
    });
    expect(chatErrorFrom({ code: 455, msg: "maintenance" })?.message).toContain("maintenance");
    expect(chatErrorFrom({ code: 418, msg: "teapot" })?.message).toBe("Kie answered 418: teapot");
    expect(chatErrorFrom({ error: { message: "Rate limit", type: "rate_limit" } }, 429)).toEqual({
      code: 429,
      message: expect.stringContaining("rate limiting"),
    });
    expect(
      chatErrorFrom({ type: "error", error: { type: "invalid_request_error", message: "bad" } })?.message,
    ).toBe("The model refused the request: bad");
    expect(chatErrorFrom({ code: 200, msg: "success", data: {} })).toBeNull();
    expect(chatErrorFrom({ choices: [] })).toBeNull();
  });
});

describe("catalogue", () => {
  it("has unique ids, a description for every model and every format represented", () => {
    expect(new Set(CHAT_MODELS.map((m) => m.id)).size).toBe(CHAT_MODELS.length);
    for (const m of CHAT_MODELS) expect(m.description.length, m.id).toBeGreaterThan(10);
    expect(new Set(CHAT_MODELS.map((m) => m.format))).toEqual(
      new Set(["chat-completions", "anthropic", "responses", "gemini", "deepseek-legacy"]),
    );
    expect(modelsByFamily().map((g) => g.family)).toEqual([
      "GPT",
      "Gemini",
      "Claude",
      "Codex",
      "Grok",
      "Open models",
      "DeepSeek (legacy)",
    ]);
  });

  it("Write with AI reads JSON even when wrapped in a code fence", () => {
    expect(parseJsonObject('Sure!\n```json\n{"prompt":"a cat"}\n```')).toEqual({ prompt: "a cat" });
    expect(parseJsonObject("no json here")).toBeNull();
  });
});
