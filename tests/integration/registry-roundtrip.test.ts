import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prefillFrom } from "@/lib/ops/follow-ups";
import { operations } from "@/lib/ops/registry";
import { statusFamilies } from "@/lib/ops/status";
import type { AnyOperation, AssetKind, SourceRef } from "@/lib/ops/types";
import { drive, type Harness, startHarness } from "../support/harness";
import { exampleWithPrefill } from "../support/prefill";

/**
 * Every operation whose status family exists: its registry `example` goes through submitTask →
 * the simulator over HTTP → the reconciler, must reach `succeeded`, and every output must be
 * mirrored byte-for-byte with a kind the operation declares.
 *
 * Operations that start from an earlier result (`source`) run the way a user runs them: a source
 * operation makes a real result first (recursively: MIDI needs stems needs a song), and the
 * operation's `source.prefill` fills the example from it — Kie task ids the caller owns, or
 * `studio://asset/<id>` references the engine uploads through Kie's File Upload API.
 *
 * The simulator allows 20 creates per 10 s (like Kie), so operations run in batches and the
 * simulator is reset between batches (after the byte checks, which read from it).
 */
const BATCH = 18;

/** Default source makers per kind, when an operation accepts results of any operation. */
const DEFAULT_SOURCE: Partial<Record<AssetKind, string>> = {
  image: "image.market.nano-banana",
  audio: "music.generate",
  video: "video.veo.generate",
};

function sourceOperationFor(op: AnyOperation): AnyOperation {
  const spec = op.source!;
  const id = spec.fromOperations?.[0] ?? DEFAULT_SOURCE[spec.kinds[0]];
  const found = operations.find((o) => o.id === id);
  if (!found) throw new Error(`${op.id}: no operation makes its source (${id})`);
  return found;
}

const roundTripOps = operations.filter((op) => op.mode !== "stream" && statusFamilies[op.status]);
const direct = roundTripOps.filter((op) => !op.source);
const chained = roundTripOps.filter((op) => op.source);
const batches: AnyOperation[][] = [];
for (let i = 0; i < direct.length; i += BATCH) batches.push(direct.slice(i, i + BATCH));
for (let i = 0; i < chained.length; i += BATCH / 2) batches.push(chained.slice(i, i + BATCH / 2));

let h: Harness;
let lib: {
  db: typeof import("@/lib/db").db;
  submitTask: typeof import("@/lib/tasks/submit").submitTask;
  reconcileOnce: typeof import("@/lib/tasks/reconciler").reconcileOnce;
  getTaskForUser: typeof import("@/lib/dal/tasks").getTaskForUser;
  sourceRefForAsset: typeof import("@/lib/tasks/source").sourceRefForAsset;
};
let userId: string;

beforeAll(async () => {
  // Our own client-side create limiter must not hold batches back; the simulator's still applies.
  process.env.KIE_CREATE_LIMIT = "1000";
  h = await startHarness();
  const [{ db, dbReady }, { submitTask }, { reconcileOnce }, { getTaskForUser }, { sourceRefForAsset }] =
    await Promise.all([
      import("@/lib/db"),
      import("@/lib/tasks/submit"),
      import("@/lib/tasks/reconciler"),
      import("@/lib/dal/tasks"),
      import("@/lib/tasks/source"),
    ]);
  await dbReady();
  lib = { db, submitTask, reconcileOnce, getTaskForUser, sourceRefForAsset };
  userId = (await lib.db.user.create({ data: { email: "roundtrip@example.com", passwordHash: "x" } })).id;
});

afterAll(async () => {
  await lib?.db.$disconnect();
  await h?.close();
});

async function runToEnd(ids: string[]) {
  await drive(
    () => lib.reconcileOnce(),
    async () =>
      (await lib.db.task.count({ where: { id: { in: ids }, state: { in: ["succeeded", "failed"] } } })) ===
      ids.length,
    60_000,
  );
}

async function expectMirrored(assetId: string) {
  const asset = await lib.db.asset.findUniqueOrThrow({ where: { id: assetId } });
  expect(asset.status).toBe("mirrored");
  const stored = fs.readFileSync(path.join(h.dataDir, "storage", asset.storageKey!));
  expect(stored.length).toBe(asset.bytes);
  expect(createHash("sha256").update(stored).digest("hex")).toBe(asset.sha256);
  if (!asset.sourceUrl.startsWith("inline:")) {
    const original = Buffer.from(await (await fetch(asset.sourceUrl)).arrayBuffer());
    expect(stored.equals(original)).toBe(true);
  }
}

/** The example input, filled from a real source result when the operation starts from one. */
async function inputFor(op: AnyOperation, sources: Map<string, Promise<SourceRef>>) {
  const example = op.example as Record<string, unknown>;
  if (!op.source) return example;
  return exampleWithPrefill(example, prefillFrom(op, await sourceFor(op, sources)));
}

function sourceFor(op: AnyOperation, sources: Map<string, Promise<SourceRef>>): Promise<SourceRef> {
  const maker = sourceOperationFor(op);
  const kind = op.source!.kinds[0];
  const key = `${maker.id}:${kind}`;
  if (!sources.has(key)) {
    sources.set(
      key,
      (async () => {
        const { task } = await lib.submitTask(userId, {
          operationId: maker.id,
          input: await inputFor(maker, sources),
        });
        await runToEnd([task.id]);
        const asset = await lib.db.asset.findFirst({
          where: { taskId: task.id, kind, status: "mirrored" },
          orderBy: { outputKey: "asc" },
        });
        if (!asset) throw new Error(`${maker.id} made no ${kind} to start ${op.id} from`);
        return (await lib.sourceRefForAsset(userId, asset.id))!;
      })(),
    );
  }
  return sources.get(key)!;
}

it("covers the whole registry, chains included", () => {
  expect(roundTripOps.length).toBeGreaterThan(50);
  for (const op of chained) expect(() => sourceOperationFor(op), op.id).not.toThrow();
  expect(roundTripOps.map((op) => op.id)).toEqual(
    expect.arrayContaining(["image.flux-kontext.edit", "video.veo.get-1080p", "video.veo.extend"]),
  );
});

describe.each(batches.map((batch, i) => [i + 1, batch] as const))("batch %i", (_n, batch) => {
  const taskIds = new Map<string, string>();
  const parents = new Map<string, string | undefined>();

  beforeAll(async () => {
    const sources = new Map<string, Promise<SourceRef>>();
    for (const op of batch) {
      const input = await inputFor(op, sources);
      const { task } = await lib.submitTask(userId, { operationId: op.id, input });
      taskIds.set(op.id, task.id);
      parents.set(op.id, task.parentAssetId ?? undefined);
    }
    await runToEnd([...taskIds.values()]);
  }, 240_000);

  afterAll(() => h.sim.reset());

  it.each(batch.map((op) => [op.id, op] as const))(
    "%s reaches succeeded with mirrored outputs",
    async (id, op) => {
      const view = await lib.getTaskForUser(userId, taskIds.get(id)!);
      expect(view?.error, JSON.stringify(view?.error)).toBeFalsy();
      expect(view?.state).toBe("succeeded");
      expect(view!.outputs.length).toBeGreaterThan(0);
      for (const out of view!.outputs) {
        expect(op.outputs).toContain(out.kind);
        await expectMirrored(out.assetId);
      }
      // A task made from a result records where it came from.
      if (op.source) expect(parents.get(id), "parent asset").toBeTruthy();
    },
  );
});
