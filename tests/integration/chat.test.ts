import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ChatStreamEvent } from "@/lib/chat/dto";
import type { Harness } from "../support/harness";
import { type Stack, startStack } from "../support/stack";

// Auth.js cannot load outside Next; with no session cookie the real lib/session judges the bearer token.
vi.mock("@/lib/auth", () => ({ auth: async () => null }));

type Routes = {
  conversations: typeof import("@/app/api/v1/conversations/route");
  conversation: typeof import("@/app/api/v1/conversations/[id]/route");
  messages: typeof import("@/app/api/v1/conversations/[id]/messages/route");
  stop: typeof import("@/app/api/v1/conversations/[id]/messages/[messageId]/stop/route");
  resume: typeof import("@/app/api/v1/conversations/[id]/messages/[messageId]/stream/route");
  assist: typeof import("@/app/api/v1/chat/assist/route");
};

let stack: Stack;
let h: Harness;
let token: string;
let otherToken: string;
let routes: Routes;
let readChatStream: typeof import("@/lib/chat/client-stream").readChatStream;
let chatStreamLog: typeof import("@/lib/kie/simulator/chat/stream-log").chatStreamLog;

const BASE = "http://studio.test/api/v1";

function req(path: string, init: { method?: string; body?: unknown; as?: string } = {}): Request {
  return new Request(`${BASE}${path}`, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers: { authorization: `Bearer ${init.as ?? token}`, "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}
const params = <T extends Record<string, string>>(p: T) => ({ params: Promise.resolve(p) });

async function newConversation(modelId: string, as = token): Promise<string> {
  const res = await routes.conversations.POST(req("/conversations", { body: { modelId }, as }));
  expect(res.status).toBe(201);
  return ((await res.json()) as { conversation: { id: string } }).conversation.id;
}

function send(id: string, body: Record<string, unknown>): Promise<Response> {
  return routes.messages.POST(req(`/conversations/${id}/messages`, { body }), params({ id }));
}

async function collect(res: Response, until?: (e: ChatStreamEvent, all: ChatStreamEvent[]) => boolean) {
  const events: ChatStreamEvent[] = [];
  for await (const event of readChatStream(res.body!)) {
    events.push(event);
    if (until?.(event, events)) break;
  }
  return events;
}

const textOf = (events: ChatStreamEvent[]) =>
  events.map((e) => (e.type === "text" ? e.delta : e.type === "snapshot" ? e.text : "")).join("");

async function storedMessage(id: string) {
  return stack.lib.db.chatMessage.findUniqueOrThrow({ where: { id } });
}

async function waitFor<T>(read: () => Promise<T>, done: (v: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > until) throw new Error(`timed out; last: ${JSON.stringify(value).slice(0, 300)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  stack = await startStack("chat@example.com");
  h = stack.h;
  const { createPersonalAccessToken } = await import("@/lib/people/tokens");
  token = (await createPersonalAccessToken(stack.userId, "chat test")).token;
  const other = await stack.lib.db.user.create({
    data: { email: "other-chat@example.com", passwordHash: "x" },
  });
  otherToken = (await createPersonalAccessToken(other.id, "other")).token;
  routes = {
    conversations: await import("@/app/api/v1/conversations/route"),
    conversation: await import("@/app/api/v1/conversations/[id]/route"),
    messages: await import("@/app/api/v1/conversations/[id]/messages/route"),
    stop: await import("@/app/api/v1/conversations/[id]/messages/[messageId]/stop/route"),
    resume: await import("@/app/api/v1/conversations/[id]/messages/[messageId]/stream/route"),
    assist: await import("@/app/api/v1/chat/assist/route"),
  };
  ({ readChatStream } = await import("@/lib/chat/client-stream"));
  ({ chatStreamLog } = await import("@/lib/kie/simulator/chat/stream-log"));
});

afterAll(async () => {
  await stack?.close();
});

describe("a streamed answer through our route, for every wire format", () => {
  const cases = [
    ["chat-completions", "gemini-2.5-flash", "POST /gemini-2.5-flash/v1/chat/completions"],
    ["anthropic", "claude-sonnet-4-6", "POST /claude/v1/messages"],
    ["responses", "gpt-5-4", "POST /codex/v1/responses"],
    [
      "gemini",
      "gemini-native/gemini-3-5-flash",
      "POST /gemini/v1/models/gemini-3-5-flash:streamGenerateContent",
    ],
    ["deepseek-legacy", "deepseek-legacy/deepseek-chat", "POST /api/v1/chat/completions"],
  ] as const;

  it.each(cases)(
    "%s (%s) streams text, ends done with credits, and is saved",
    async (_format, modelId, route) => {
      const id = await newConversation(modelId);
      const res = await send(id, {
        action: "send",
        text: "Show me some code for slugs",
        options: { thinking: true },
      });
      expect(res.headers.get("content-type")).toContain("text/event-stream");
      const events = await collect(res);
      const start = events[0];
      expect(start.type).toBe("start");
      if (start.type !== "start") return;
      expect(events.filter((e) => e.type === "text").length).toBeGreaterThan(5);
      const done = events.at(-1);
      expect(done).toMatchObject({ type: "done", creditsConsumed: expect.any(Number) });
      expect(textOf(events)).toContain("```ts");

      const log = chatStreamLog(h.simUrl);
      expect(log.requests.at(-1)?.route).toBe(route);
      const saved = await waitFor(
        () => storedMessage(start.assistantMessage.id),
        (m) => m.status === "done",
      );
      expect(JSON.parse(saved.content).text).toBe(textOf(events));
      expect(saved.creditsConsumed).toBe(done?.type === "done" ? done.creditsConsumed : -1);
      expect(saved.modelId).toBe(modelId);

      const conversation = await (
        await routes.conversation.GET(req(`/conversations/${id}`), params({ id }))
      ).json();
      expect(conversation.conversation.title).toBe("Show me some code for slugs");
      expect(conversation.conversation.messages.map((m: { role: string }) => m.role)).toEqual([
        "user",
        "assistant",
      ]);
    },
  );
});

describe("stop, disconnect and history", () => {
  it("Stop aborts the request to Kie mid-stream and keeps the partial answer as stopped", async () => {
    const id = await newConversation("claude-haiku-4-5");
    const before = chatStreamLog(h.simUrl);
    const abortedBefore = before.aborted;
    const res = await send(id, { action: "send", text: "Tell me a long story [sim:long]" });
    const reader = readChatStream(res.body!);
    const first = (await reader.next()).value as ChatStreamEvent;
    if (first.type !== "start") throw new Error("expected start");
    const messageId = first.assistantMessage.id;
    let streamed = "";
    for await (const event of reader) {
      if (event.type === "text") streamed += event.delta;
      if (streamed.length > 40) break;
    }
    expect(chatStreamLog(h.simUrl).open).toBe(1);
    const stopped = await routes.stop.POST(
      req(`/conversations/${id}/messages/${messageId}/stop`, { method: "POST" }),
      params({ id, messageId }),
    );
    expect(await stopped.json()).toEqual({ stopped: true });

    await waitFor(
      async () => chatStreamLog(h.simUrl),
      (log) => log.aborted === abortedBefore + 1 && log.open === 0,
    );
    const saved = await waitFor(
      () => storedMessage(messageId),
      (m) => m.status === "stopped",
    );
    const text = JSON.parse(saved.content).text as string;
    expect(text.startsWith(streamed)).toBe(true);
    expect(text.length).toBeLessThan(1500);
  });

  it("a browser that goes away does not stop the answer: it is read to the end and saved", async () => {
    const id = await newConversation("gpt-5-4");
    const res = await send(id, { action: "send", text: "Explain something" });
    const events = await collect(res, (e) => e.type === "text");
    await res.body?.cancel().catch(() => {});
    const start = events[0];
    if (start.type !== "start") throw new Error("expected start");
    const saved = await waitFor(
      () => storedMessage(start.assistantMessage.id),
      (m) => m.status === "done",
    );
    expect(JSON.parse(saved.content).text).toContain("Simulated answer");
  });

  it("a reload re-attaches to a running answer with what was streamed so far", async () => {
    const id = await newConversation("gemini-3-flash");
    const res = await send(id, { action: "send", text: "Long please [sim:long]" });
    const events = await collect(res, (_e, all) => all.filter((x) => x.type === "text").length > 5);
    await res.body?.cancel().catch(() => {});
    const start = events[0];
    if (start.type !== "start") throw new Error("expected start");
    const messageId = start.assistantMessage.id;
    const resumed = await routes.resume.GET(
      req(`/conversations/${id}/messages/${messageId}/stream`),
      params({ id, messageId }),
    );
    const again = await collect(resumed, (_e, all) => all.length > 3);
    expect(again[0].type).toBe("snapshot");
    expect(textOf(again).startsWith(textOf(events))).toBe(true);
    await routes.stop.POST(
      req(`/conversations/${id}/messages/${messageId}/stop`, { method: "POST" }),
      params({ id, messageId }),
    );
    await waitFor(
      () => storedMessage(messageId),
      (m) => m.status === "stopped",
    );
  });

  it("an answer is saved and released before its last event is sent: the next message can follow at once", async () => {
    const { startAnswer } = await import("@/lib/chat/answer");
    const { liveAnswerIn } = await import("@/lib/chat/live");
    const { postMessageSchema } = await import("@/lib/chat/schemas");
    const id = await newConversation("gpt-5-4");
    const started = await startAnswer(
      stack.userId,
      id,
      postMessageSchema.parse({ action: "send", text: "Quick one" }),
    );
    let stillBusyAtDone: boolean | undefined;
    started.live.subscribe((event) => {
      if (event.type === "done") stillBusyAtDone = liveAnswerIn(id) !== undefined;
    });
    await started.finished;
    expect(stillBusyAtDone).toBe(false);
    expect((await storedMessage(started.assistantMessage.id)).status).toBe("done");
    const next = await send(id, { action: "send", text: "And another" });
    expect(next.status).toBe(200);
    expect((await collect(next)).at(-1)?.type).toBe("done");
  });

  it("regenerate replaces the last answer; edit rewrites history from the edited message", async () => {
    const id = await newConversation("claude-sonnet-4-5");
    await collect(await send(id, { action: "send", text: "First question" }));
    await collect(await send(id, { action: "send", text: "Second question" }));
    const regenerated = await collect(await send(id, { action: "regenerate", modelId: "gpt-5-5" }));
    expect(regenerated[0]).toMatchObject({ type: "start", userMessage: null });
    let view = (await (await routes.conversation.GET(req(`/conversations/${id}`), params({ id }))).json())
      .conversation;
    expect(view.messages.map((m: { role: string }) => m.role)).toEqual([
      "user",
      "assistant",
      "user",
      "assistant",
    ]);
    expect(view.messages[3].modelId).toBe("gpt-5-5");
    expect(view.modelId).toBe("gpt-5-5");

    const firstUser = view.messages[0].id;
    await collect(await send(id, { action: "edit", messageId: firstUser, text: "Edited question" }));
    view = (await (await routes.conversation.GET(req(`/conversations/${id}`), params({ id }))).json())
      .conversation;
    expect(view.messages.map((m: { text: string; role: string }) => m.role)).toEqual(["user", "assistant"]);
    expect(view.messages[0].text).toBe("Edited question");
    expect(view.messages[1].text).toContain("Edited question");
    // What the model received: only the edited history.
    const sent = chatStreamLog(h.simUrl).requests.at(-1)?.body as {
      input: Array<{ content: Array<{ text: string }> }>;
    };
    expect(sent.input).toHaveLength(1);
    expect(sent.input[0].content[0].text).toBe("Edited question");
  });

  it("Kie's in-body 401 becomes a clear error on the stored message", async () => {
    const id = await newConversation("gemini-2.5-pro");
    const events = await collect(await send(id, { action: "send", text: "hello [sim:401]" }));
    expect(events.at(-1)).toMatchObject({
      type: "error",
      message: expect.stringContaining("refused the API key"),
    });
    const start = events[0];
    if (start.type !== "start") throw new Error("expected start");
    const saved = await waitFor(
      () => storedMessage(start.assistantMessage.id),
      (m) => m.status === "error",
    );
    expect(saved.error).toContain("401");
  });

  it("a mid-stream disconnect keeps what was streamed and reports the cut", async () => {
    const id = await newConversation("gpt-5-2");
    const events = await collect(await send(id, { action: "send", text: "hello [sim:disconnect]" }));
    expect(events.some((e) => e.type === "text")).toBe(true);
    expect(events.at(-1)).toMatchObject({ type: "error", message: expect.stringMatching(/closed before/) });
  });
});

describe("conversations are per user", () => {
  it("another user's conversation answers 404 everywhere", async () => {
    const id = await newConversation("gemini-2.5-flash");
    const as = otherToken;
    expect((await routes.conversation.GET(req(`/conversations/${id}`, { as }), params({ id }))).status).toBe(
      404,
    );
    expect(
      (
        await routes.conversation.PATCH(
          req(`/conversations/${id}`, { method: "PATCH", body: { title: "x" }, as }),
          params({ id }),
        )
      ).status,
    ).toBe(404);
    expect(
      (
        await routes.conversation.DELETE(
          req(`/conversations/${id}`, { method: "DELETE", as }),
          params({ id }),
        )
      ).status,
    ).toBe(404);
    const post = await routes.messages.POST(
      req(`/conversations/${id}/messages`, { body: { action: "send", text: "hi" }, as }),
      params({ id }),
    );
    expect(post.status).toBe(404);
    const list = await (await routes.conversations.GET(req("/conversations", { as }))).json();
    expect(list.conversations.map((c: { id: string }) => c.id)).not.toContain(id);
  });

  it("lists with search, renames and deletes", async () => {
    const id = await newConversation("gemini-2.5-flash");
    await collect(await send(id, { action: "send", text: "Zebra migration patterns" }));
    const found = await (await routes.conversations.GET(req("/conversations?q=zebra"))).json();
    expect(found.conversations.map((c: { id: string }) => c.id)).toEqual([id]);
    const renamed = await routes.conversation.PATCH(
      req(`/conversations/${id}`, { method: "PATCH", body: { title: "Stripes" } }),
      params({ id }),
    );
    expect((await renamed.json()).conversation.title).toBe("Stripes");
    const bad = await routes.conversation.PATCH(
      req(`/conversations/${id}`, { method: "PATCH", body: { title: "x".repeat(200) } }),
      params({ id }),
    );
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toBe("A title can be at most 120 characters");
    expect(
      (await routes.conversation.DELETE(req(`/conversations/${id}`, { method: "DELETE" }), params({ id })))
        .status,
    ).toBe(204);
    expect(await stack.lib.db.chatMessage.count({ where: { conversationId: id } })).toBe(0);
  });

  it("refuses images for a model that cannot see them", async () => {
    const id = await newConversation("kimi-k3");
    const res = await send(id, {
      action: "send",
      text: "what is this",
      attachments: [{ kind: "image", url: "https://example.com/a.png", mime: "image/png" }],
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toBe("Kimi K3 does not accept images");
  });
});

describe("Write with AI", () => {
  it("turns an idea into lyrics, style and title, and a short prompt into a longer one", async () => {
    const lyrics = await routes.assist.POST(
      req("/chat/assist", { body: { kind: "lyrics", idea: "a song about rain" } }),
    );
    const song = await lyrics.json();
    expect(song.lyrics).toContain("[Chorus]");
    expect(song.style.length).toBeGreaterThan(3);
    expect(song.title.length).toBeLessThanOrEqual(80);
    const prompt = await routes.assist.POST(
      req("/chat/assist", { body: { kind: "prompt", idea: "a lighthouse" } }),
    );
    expect((await prompt.json()).prompt).toMatch(/^a lighthouse, cinematic/);
    const empty = await routes.assist.POST(req("/chat/assist", { body: { kind: "lyrics", idea: "" } }));
    expect((await empty.json()).error.message).toBe("Describe the song idea");
  });
});
