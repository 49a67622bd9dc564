import fs from "node:fs";
import path from "node:path";
import type { ChatAdapter } from "@/lib/chat/adapters";
import { readSse, sseFromText } from "@/lib/chat/sse";
import type { ChatEvent } from "@/lib/chat/types";

export function docFixture(name: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.resolve("tests/fixtures/kie", name), "utf8")) as Record<
    string,
    unknown
  >;
}

export async function streamEvents(adapter: ChatAdapter, text: string): Promise<ChatEvent[]> {
  const events: ChatEvent[] = [];
  for await (const e of adapter.parseStream(readSse(sseFromText(text)))) events.push(e);
  return events;
}

export function joined(events: ChatEvent[], type: "text" | "thinking"): string {
  return events
    .filter((e): e is Extract<ChatEvent, { type: "text" | "thinking" }> => e.type === type)
    .map((e) => e.delta)
    .join("");
}

export const sse = (...frames: Array<[string | undefined, unknown]>) =>
  frames
    .map(
      ([event, data]) =>
        `${event ? `event: ${event}\n` : ""}data: ${typeof data === "string" ? data : JSON.stringify(data)}\n\n`,
    )
    .join("");
