import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Stack, startStack } from "../support/stack";

let stack: Stack;
let mirrorAsset: typeof import("@/lib/assets/mirror").mirrorAsset;
let sweepAssets: typeof import("@/lib/assets/sweep").sweepAssets;

beforeAll(async () => {
  // A tiny audio cap makes every simulated song "oversized"; images and video keep the defaults.
  process.env.MIRROR_MAX_AUDIO_MB = "0.01";
  stack = await startStack("mirror-faults@example.com");
  ({ mirrorAsset } = await import("@/lib/assets/mirror"));
  ({ sweepAssets } = await import("@/lib/assets/sweep"));
});

afterAll(async () => {
  await stack?.close();
  delete process.env.MIRROR_MAX_AUDIO_MB;
});

async function fault(code: string, times: number) {
  await fetch(`${stack.h.simUrl}/__sim/faults`, {
    method: "POST",
    body: JSON.stringify({ path: "/media/*", code, times }),
    headers: { "content-type": "application/json" },
  });
}
const clearFaults = () => fetch(`${stack.h.simUrl}/__sim/faults`, { method: "DELETE" });

/** Every file in local storage, temp files of unfinished writes included. */
function storedFiles(): string[] {
  const dir = path.join(stack.h.dataDir, "storage");
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => fs.statSync(path.join(dir, f)).isFile());
}

const image = (prompt: string) =>
  stack.lib.submitTask(stack.userId, { operationId: "image.market.nano-banana", input: { prompt } });

describe("mirror faults through the simulator", () => {
  it("a download cut short once is retried and then saved, byte-checked", async () => {
    await fault("truncate", 1);
    const { task } = await image("a kite over the dunes");
    const view = await stack.runToEnd(task.id);
    expect(view?.state).toBe("succeeded");
    const asset = await stack.expectMirrored(view!.outputs[0].assetId);
    expect(asset.attempts).toBe(2);
    expect(storedFiles().filter((f) => f.includes(".part-"))).toEqual([]);
  });

  it("downloads cut short every time end with a clear asset error, no partial file, and the sweep rescues it later", async () => {
    await fault("truncate", 50);
    const { task } = await image("a lantern in the fog");
    const view = await stack.runToEnd(task.id);
    await clearFaults();
    expect(view?.state).toBe("failed");
    expect(view?.error?.message).toBe("Kie finished, but the results could not be saved.");
    const asset = await stack.lib.db.asset.findFirstOrThrow({ where: { taskId: task.id } });
    expect(asset.status).toBe("failed");
    expect(asset.attempts).toBe(5);
    expect(asset.mirrorError).toMatch(/^The download was cut short/);
    expect(storedFiles().filter((f) => f.includes(asset.id) || f.includes(".part-"))).toEqual([]);

    const { toAssetView } = await import("@/lib/dal/assets");
    expect(toAssetView(asset)).toMatchObject({
      mirrored: false,
      mirrorStatus: "failed",
      mirrorError: asset.mirrorError,
    });
    expect(new Date(toAssetView(asset).expiresAt!).getTime()).toBeGreaterThan(
      Date.now() + 13 * 24 * 3600_000,
    );

    // Not due yet: the sweep leaves it alone until its retry time.
    expect(await sweepAssets(new Date(), { force: true })).toBe(0);
    expect(await sweepAssets(new Date(Date.now() + 3600_000), { force: true })).toBe(1);
    await stack.expectMirrored(asset.id);
  });

  it("an oversized file fails at once, permanently, with the limit in the message", async () => {
    const { task } = await stack.lib.submitTask(stack.userId, {
      operationId: "music.generate",
      input: { prompt: "a very long ambient drone" },
    });
    const view = await stack.runToEnd(task.id);
    expect(view?.state).toBe("failed");
    const assets = await stack.lib.db.asset.findMany({ where: { taskId: task.id } });
    expect(assets.length).toBeGreaterThan(0);
    for (const a of assets) {
      expect(a.status).toBe("failed");
      expect(a.attempts).toBe(1);
      expect(a.mirrorError).toMatch(/over the 10 KB limit$/);
      expect(storedFiles().filter((f) => f.includes(a.id))).toEqual([]);
    }
    // A refusal is not retried by the sweep.
    expect(await sweepAssets(new Date(Date.now() + 24 * 3600_000), { force: true })).toBe(0);
  });

  it("a source URL outside Kie's hosts or on a private address is refused without a request", async () => {
    const { task } = await image("a harmless prompt");
    const view = await stack.runToEnd(task.id);
    const row = await stack.lib.db.asset.findUniqueOrThrow({ where: { id: view!.outputs[0].assetId } });
    for (const [url, message] of [
      [
        "http://169.254.169.254/latest/meta-data/",
        "Refusing to fetch media from 169.254.169.254: not a media host",
      ],
      ["http://2130706433/x.png", "Refusing to fetch media from 2130706433: an IP address in disguise"],
    ]) {
      const probe = await stack.lib.db.asset.create({
        data: {
          userId: stack.userId,
          taskId: task.id,
          outputKey: `probe-${row.id}-${url.length}`,
          kind: "image",
          sourceUrl: url,
        },
      });
      expect(await mirrorAsset(probe)).toBe("failed");
      const after = await stack.lib.db.asset.findUniqueOrThrow({ where: { id: probe.id } });
      expect(after.mirrorError).toBe(message);
      expect(after.attempts).toBe(1);
    }
  });

  it("an expired link is refreshed through Kie and the file is saved", async () => {
    await fault("expired", 1);
    const { task } = await image("a clock tower at noon");
    const view = await stack.runToEnd(task.id);
    expect(view?.state).toBe("succeeded");
    await stack.expectMirrored(view!.outputs[0].assetId);
  });
});
