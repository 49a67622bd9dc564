import "server-only";
import type { ChatStreamEvent } from "./dto";

/**
 * An answer being written right now. The pump (lib/chat/answer.ts) owns it; browsers subscribe
 * and unsubscribe freely — a browser going away never stops the answer, only `stop()` does.
 */
export class LiveAnswer {
  text = "";
  thinking = "";
  finished = false;
  readonly controller = new AbortController();
  private readonly listeners = new Set<(event: ChatStreamEvent) => void>();

  constructor(
    readonly messageId: string,
    readonly conversationId: string,
    readonly userId: string,
  ) {}

  publish(event: ChatStreamEvent): void {
    if (event.type === "text") this.text += event.delta;
    if (event.type === "thinking") this.thinking += event.delta;
    for (const listener of this.listeners) listener(event);
  }

  subscribe(listener: (event: ChatStreamEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get subscribers(): number {
    return this.listeners.size;
  }

  /** The user pressed Stop: abort the request to Kie. */
  stop(): void {
    this.controller.abort();
  }
}

const KEY = Symbol.for("kie-studio.chat.live-answers");
type WithRegistry = typeof globalThis & { [KEY]?: Map<string, LiveAnswer> };

/** Keyed by assistant message id; on globalThis so Next dev reloads keep running answers reachable. */
export function liveAnswers(): Map<string, LiveAnswer> {
  const store = globalThis as WithRegistry;
  store[KEY] ??= new Map();
  return store[KEY];
}

export function liveAnswerIn(conversationId: string): LiveAnswer | undefined {
  for (const live of liveAnswers().values()) if (live.conversationId === conversationId) return live;
  return undefined;
}
