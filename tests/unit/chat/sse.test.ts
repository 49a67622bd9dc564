import { describe, expect, it } from "vitest";
import { readSse, sseFromText } from "@/lib/chat/sse";

async function collect(text: string) {
  const out = [];
  for await (const m of readSse(sseFromText(text))) out.push(m);
  return out;
}

describe("readSse", () => {
  it("splits events across arbitrary chunk boundaries and keeps event names", async () => {
    const events = await collect('event: message_start\ndata: {"a":1}\n\ndata: {"b":2}\n\ndata: [DONE]\n\n');
    expect(events).toEqual([
      { event: "message_start", data: '{"a":1}' },
      { data: '{"b":2}' },
      { data: "[DONE]" },
    ]);
  });

  it("handles CRLF, comments, multi-line data and a last event without a blank line", async () => {
    const events = await collect(": keep-alive\r\n\r\ndata: line 1\r\ndata: line 2\r\n\r\ndata:tail");
    expect(events).toEqual([{ data: "line 1\nline 2" }, { data: "tail" }]);
  });
});
