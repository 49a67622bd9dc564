/**
 * Time to first token added by our chat route over the simulator's own, and concurrent streams held.
 * Run: npx tsx --conditions=react-server bench/chat-ttfb.ts [runs=30] [concurrency=50]
 *
 * "direct" reads the simulator's SSE with our adapter; "route" goes through startAnswer + the
 * browser stream (everything the POST route does after auth), with database writes included.
 */
import { performance } from "node:perf_hooks";
import { startHarness } from "../tests/support/harness";

const runs = Number(process.argv[2] ?? 30);
const concurrency = Number(process.argv[3] ?? 50);
const MODEL_ID = "gemini-2.5-flash";

const h = await startHarness({ timeScale: 1 });
const { db, dbReady } = await import("@/lib/db");
const { adapters } = await import("@/lib/chat/adapters");
const { chatModel } = await import("@/lib/chat/models");
const { readSse } = await import("@/lib/chat/sse");
const { startAnswer, stopAnswer } = await import("@/lib/chat/answer");
const { answerStreamResponse } = await import("@/lib/chat/browser-stream");
const { readChatStream } = await import("@/lib/chat/client-stream");
const { createConversation } = await import("@/lib/chat/store");
const { chatStreamLog } = await import("@/lib/kie/simulator/chat/stream-log");

await dbReady();
const user = await db.user.create({ data: { email: "bench@example.com", passwordHash: "x" } });
const model = chatModel(MODEL_ID)!;

async function direct(text: string): Promise<number> {
  const request = adapters[model.format].build(model, [{ role: "user", text }], {}, true);
  const t0 = performance.now();
  const controller = new AbortController();
  const res = await fetch(h.simUrl + request.path, {
    signal: controller.signal,
    method: "POST",
    headers: { authorization: "Bearer sk-integration-test-key", "content-type": "application/json" },
    body: JSON.stringify(request.body),
  });
  for await (const event of adapters[model.format].parseStream(readSse(res.body!))) {
    if (event.type === "text" || event.type === "thinking") {
      const ms = performance.now() - t0;
      controller.abort();
      return ms;
    }
  }
  throw new Error("no token");
}

async function viaRoute(text: string, keepOpen = false): Promise<{ ms: number; stop: () => Promise<void> }> {
  const conversation = await createConversation(user.id, { modelId: MODEL_ID, options: {} });
  const t0 = performance.now();
  const started = await startAnswer(user.id, conversation.id, { action: "send", text, attachments: [] });
  const res = answerStreamResponse(started);
  const stop = async () => {
    await stopAnswer(user.id, conversation.id, started.assistantMessage.id);
    await started.finished;
  };
  for await (const event of readChatStream(res.body!)) {
    if (event.type === "text" || event.type === "thinking") {
      const ms = performance.now() - t0;
      if (!keepOpen) {
        await res.body?.cancel().catch(() => {});
        await stop();
      }
      return { ms, stop };
    }
  }
  throw new Error("no token");
}

const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const fmt = (v: number) => `${v.toFixed(1)} ms`;

await direct("warm up");
await viaRoute("warm up");
const directTimes: number[] = [];
const routeTimes: number[] = [];
for (let i = 0; i < runs; i++) {
  directTimes.push(await direct(`question ${i} [sim:long]`));
  routeTimes.push((await viaRoute(`question ${i} [sim:long]`)).ms);
}
console.log(`time to first token over ${runs} sequential answers (${MODEL_ID}):`);
console.log(`  simulator direct  p50 ${fmt(pct(directTimes, 50))}  p95 ${fmt(pct(directTimes, 95))}`);
console.log(`  through our route p50 ${fmt(pct(routeTimes, 50))}  p95 ${fmt(pct(routeTimes, 95))}`);
console.log(`  added by our route p50 ${fmt(pct(routeTimes, 50) - pct(directTimes, 50))}`);

/** The simulator notices a closed connection a moment after our side aborts. */
async function settledOpen(expected: number): Promise<number> {
  const until = Date.now() + 3000;
  while (chatStreamLog(h.simUrl).open !== expected && Date.now() < until)
    await new Promise((r) => setTimeout(r, 20));
  return chatStreamLog(h.simUrl).open;
}
await settledOpen(0);
const t0 = performance.now();
const held = await Promise.all(
  Array.from({ length: concurrency }, (_, i) => viaRoute(`parallel ${i} [sim:long]`, true)),
);
const openNow = chatStreamLog(h.simUrl).open;
console.log(`concurrent streams: ${concurrency} started, ${openNow} held open upstream at once`);
console.log(
  `  first token under load p50 ${fmt(
    pct(
      held.map((x) => x.ms),
      50,
    ),
  )}  p95 ${fmt(
    pct(
      held.map((x) => x.ms),
      95,
    ),
  )}  (all within ${fmt(performance.now() - t0)})`,
);
await Promise.all(held.map((x) => x.stop()));
console.log(`  after Stop: ${await settledOpen(0)} upstream streams open`);

await db.$disconnect();
await h.close();
process.exit(0);
