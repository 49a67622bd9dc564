import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prefillFrom } from "@/lib/ops/follow-ups";
import { assetRef } from "@/lib/ops/media";
import { getOperation } from "@/lib/ops/registry";
import { type Stack, startStack } from "../support/stack";

/**
 * Starting from an earlier result: only your own results count (by Kie task id or studio asset
 * reference), a refused submission writes nothing, the new task records its parent, and a studio
 * asset reaches Kie through one File Upload API call that is reused.
 */
let s: Stack;
let otherId: string;
let sourceRef: typeof import("@/lib/tasks/source").sourceRefForAsset;
const uploads = () => s.h.sim.stats().requests["POST /upload/api/file-stream-upload"] ?? 0;

beforeAll(async () => {
  s = await startStack("owner@example.com");
  otherId = (await s.lib.db.user.create({ data: { email: "other@example.com", passwordHash: "x" } })).id;
  sourceRef = (await import("@/lib/tasks/source")).sourceRefForAsset;
});
afterAll(() => s?.close());

async function finished(operationId: string, input: unknown, userId = s.userId) {
  const { task } = await s.lib.submitTask(userId, { operationId, input });
  const view = await s.runToEnd(task.id);
  expect(view?.state, JSON.stringify(view?.error)).toBe("succeeded");
  return { task: await s.lib.db.task.findUniqueOrThrow({ where: { id: task.id } }), view: view! };
}

async function rejection(p: Promise<unknown>) {
  const err = (await p.then(
    () => undefined,
    (e) => e,
  )) as { status?: number; code?: string; fields?: Record<string, string[]> } | undefined;
  expect(err, "submission should be refused").toBeDefined();
  return err!;
}

describe("a Veo video leads on to 1080p", () => {
  it("refuses another user's Kie task id as not found and writes nothing", async () => {
    const veo = getOperation("video.veo.generate")!;
    const { task } = await finished(veo.id, veo.example);
    const before = await s.lib.db.task.count({ where: { userId: otherId } });
    const err = await rejection(
      s.lib.submitTask(otherId, {
        operationId: "video.veo.get-1080p",
        input: { taskId: task.kieTaskId, index: 0 },
      }),
    );
    expect(err.status).toBe(404);
    expect(err.fields?.taskId?.[0]).toMatch(/could not find/i);
    expect(await s.lib.db.task.count({ where: { userId: otherId } })).toBe(before);
  });

  it("pre-fills from the owner's result and records the parent task and asset", async () => {
    const veo = getOperation("video.veo.generate")!;
    const { task: parent, view } = await finished(veo.id, veo.example);
    const ref = (await sourceRef(s.userId, view.outputs[0].assetId))!;
    const op = getOperation("video.veo.get-1080p")!;
    const input = prefillFrom(op, ref);
    expect(input).toEqual({ taskId: parent.kieTaskId, index: 0 });
    const { task } = await finished(op.id, input);
    expect(task.parentTaskId).toBe(parent.id);
    expect(task.parentAssetId).toBe(view.outputs[0].assetId);
  });
});

describe("an image result as an input", () => {
  it("is not found for another user, and nothing is uploaded or written", async () => {
    const gen = getOperation("image.market.nano-banana")!;
    const { view } = await finished(gen.id, gen.example);
    const uploadsBefore = uploads();
    const err = await rejection(
      s.lib.submitTask(otherId, {
        operationId: "image.flux-kontext.edit",
        input: { prompt: "Make it night", inputImage: assetRef(view.outputs[0].assetId) },
      }),
    );
    expect(err.status).toBe(404);
    expect(Object.keys(err.fields ?? {})).toEqual(["inputImage"]);
    expect(uploads()).toBe(uploadsBefore);
  });

  it("reaches Kie through one upload, reused by the next task", async () => {
    const gen = getOperation("image.market.nano-banana")!;
    const { task: parent, view } = await finished(gen.id, gen.example);
    const ref = assetRef(view.outputs[0].assetId);
    const before = uploads();
    const first = await finished("image.flux-kontext.edit", { prompt: "Make it night", inputImage: ref });
    expect(uploads()).toBe(before + 1);
    expect(first.task.parentAssetId).toBe(view.outputs[0].assetId);
    expect(first.task.parentTaskId).toBe(parent.id);
    await finished("image.flux-kontext.edit", { prompt: "Make it dawn", inputImage: ref });
    expect(uploads()).toBe(before + 1);
    // What Kie received is the upload's URL, never the studio reference.
    const record = await fetch(
      `${s.h.simUrl}/api/v1/flux/kontext/record-info?taskId=${first.task.kieTaskId}`,
      {
        headers: { authorization: "Bearer test" },
      },
    ).then((r) => r.json());
    const sent = JSON.parse(record.data.paramJson) as { inputImage: string };
    expect(sent.inputImage).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/.+\.png$/);
    const bytes = Buffer.from(await (await fetch(sent.inputImage)).arrayBuffer());
    const mirrored = await s.lib.db.asset.findUniqueOrThrow({ where: { id: view.outputs[0].assetId } });
    expect(bytes.length).toBe(mirrored.bytes);
  });
});

describe("an expired result link", () => {
  const armExpired = () =>
    fetch(`${s.h.simUrl}/__sim/faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ path: "/media/*", code: "expired", times: 1, method: "GET" }),
    });
  const count = (key: string) => s.h.sim.stats().requests[key] ?? 0;

  it("is refreshed through Kie's common download-url and the file is still saved", async () => {
    const before = count("POST /api/v1/common/download-url");
    const { task } = await s.lib.submitTask(s.userId, {
      operationId: "image.market.nano-banana",
      input: getOperation("image.market.nano-banana")!.example,
    });
    await armExpired();
    const view = await s.runToEnd(task.id);
    expect(view?.state).toBe("succeeded");
    expect(count("POST /api/v1/common/download-url")).toBe(before + 1);
    await s.expectMirrored(view!.outputs[0].assetId);
  });

  it("uses the 4o endpoint (with the task id) for GPT-4o images", async () => {
    const before = count("POST /api/v1/gpt4o-image/download-url");
    const { task } = await s.lib.submitTask(s.userId, {
      operationId: "image.gpt4o.generate",
      input: getOperation("image.gpt4o.generate")!.example,
    });
    await armExpired();
    const view = await s.runToEnd(task.id);
    expect(view?.state).toBe("succeeded");
    expect(count("POST /api/v1/gpt4o-image/download-url")).toBe(before + 1);
    for (const out of view!.outputs) await s.expectMirrored(out.assetId);
  });
});
